package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/engine"
)

// sqsModels is a one-service model directory from the embedded default set.
const sqsModels = "../../models/sqs"

// module pins the SDK versions for outputs in temporary directories.
var module = []string{"-module", "../.."}

func gen(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(append(append([]string(nil), args...), module...), &out, &errw)
	return code, out.String(), errw.String()
}

func TestCheckDetectsHandEdits(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := gen(t, "-models", sqsModels, "-out", out); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := gen(t, "-models", sqsModels, "-out", out, "-check"); code != 0 {
		t.Fatalf("-check on a fresh tree: exit %d\n%s%s", code, stdout, stderr)
	}

	stubs := filepath.Join(out, "sqstest", "zz_generated.stubs.go")
	orig, err := os.ReadFile(stubs)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(orig, []byte("is not implemented"), []byte("is missing"), 1)
	edited = append(edited, []byte("\n// hand edit\n")...)
	if err := os.WriteFile(stubs, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := gen(t, "-models", sqsModels, "-out", out, "-check")
	if code != 1 {
		t.Fatalf("-check after a hand edit: exit %d, want 1", code)
	}
	for _, want := range []string{"different\tsqstest/zz_generated.stubs.go", "--- a/sqstest/zz_generated.stubs.go", "-// hand edit"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-check output lacks %q:\n%s", want, stdout)
		}
	}

	if err := os.Remove(stubs); err != nil {
		t.Fatal(err)
	}
	if _, stdout, _ := gen(t, "-models", sqsModels, "-out", out, "-check"); !strings.Contains(stdout, "missing\tsqstest/zz_generated.stubs.go") {
		t.Errorf("-check does not report the deleted file as missing:\n%s", stdout)
	}
	if code, _, stderr := gen(t, "-models", sqsModels, "-out", out); code != 0 {
		t.Fatalf("regenerate: exit %d: %s", code, stderr)
	}
	if got, _ := os.ReadFile(stubs); !bytes.Equal(got, orig) {
		t.Error("regeneration did not restore the deleted file byte for byte")
	}
}

func TestRegenerationDeletesFilesNoLongerProduced(t *testing.T) {
	out := t.TempDir()
	both := []string{"-models", sqsModels, "-models", "../../models/sns", "-out", out}
	if code, _, stderr := gen(t, both...); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "snstest", "zz_generated.stubs.go")); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := gen(t, "-models", sqsModels, "-out", out, "-check"); code != 1 || !strings.Contains(stdout, "stale\tsnstest/zz_generated.stubs.go") {
		t.Fatalf("-check with a service dropped: exit %d, want 1 and the SNS stubs listed as stale:\n%s", code, stdout)
	}
	if code, _, stderr := gen(t, "-models", sqsModels, "-out", out); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "snstest", "zz_generated.stubs.go")); !os.IsNotExist(err) {
		t.Errorf("SNS stubs survived a regeneration without SNS: %v", err)
	}
}

func TestBadModelWritesNothing(t *testing.T) {
	models := t.TempDir()
	bad := filepath.Join(models, "broken.json")
	if err := os.WriteFile(bad, []byte(`{"smithy": "2.0", "shapes": {"com.example#Svc": {"type": "service"`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := gen(t, "-models", sqsModels, "-models", models, "-services", "all", "-out", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, bad) {
		t.Errorf("error does not name the file %s:\n%s", bad, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output directory was created despite the error: %v", err)
	}
}

func TestUnknownServiceAndCommand(t *testing.T) {
	if code, _, stderr := gen(t, "-models", sqsModels, "-services", "nosuchservice", "-out", t.TempDir()); code != 1 || !strings.Contains(stderr, "nosuchservice") {
		t.Errorf("unknown service: exit %d, stderr %q", code, stderr)
	}
	// Embedded defaults: a typo gets the close sdkIds, and a service
	// outside the default set the hint to pass its model.
	_, _, stderr := gen(t, "-services", "dynamo,sqss,athena", "-out", t.TempDir())
	for _, want := range []string{`"sqss": did you mean "SQS"?`, `"dynamo": did you mean "DynamoDB" or "DynamoDB Streams"?`, `"athena"`, "-models"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("unknown services: stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code, _, stderr := gen(t, "frobnicate"); code != 2 || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, stderr %q", code, stderr)
	}
}

// TestGeneratedFilesAreMarked checks that go/ast.IsGenerated accepts every
// file the generator owns and no skeleton, which the user edits.
func TestGeneratedFilesAreMarked(t *testing.T) {
	out := moduleOut(t)
	if code, _, stderr := gen(t, "-models", sqsModels, "-out", out, "-no-cache"); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	var generated, owned int
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		want := strings.HasPrefix(filepath.Base(path), "zz_generated.")
		if ast.IsGenerated(f) != want {
			t.Errorf("%s: ast.IsGenerated = %v, want %v", path, !want, want)
		}
		if want {
			generated++
		} else {
			owned++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if generated < 3 || owned < 20 {
		t.Errorf("walked %d generated and %d user-owned Go files; want stubs, fixtures, transformers and a skeleton per SQS operation", generated, owned)
	}
}

// TestGenHasEveryDefaultOperation checks the committed gen/ against the
// default models: each default service has a helper package whose Server
// interface has a method for every operation the pinned SDK has. -check
// proves gen/ is what the generator makes; this proves what it makes is
// complete.
func TestGenHasEveryDefaultOperation(t *testing.T) {
	svcs, _, err := engine.Load(engine.Options{Out: "../../gen"})
	if err != nil {
		t.Fatal(err)
	}
	ops, skipped := 0, 0
	for _, svc := range svcs {
		stubs := filepath.Join("../../gen", svc.Go.TestPackage, "zz_generated.stubs.go")
		methods := serverMethods(t, stubs)
		for _, op := range svc.Operations {
			if op.Go.Skip {
				skipped++ // not in the pinned SDK: reported as drift instead
				continue
			}
			ops++
			if !methods[op.Go.Method] {
				t.Errorf("%s: Server has no method %s (%s %s)", stubs, op.Go.Method, svc.SDKID, op.Name)
			}
		}
	}
	t.Logf("%d default services, %d operations in gen/, %d not in the pinned SDK", len(svcs), ops, skipped)
	if len(svcs) < 25 || ops < 2000 {
		t.Errorf("checked %d services and %d operations; want the 25 default services", len(svcs), ops)
	}
}

// serverMethods returns the method names of the Server interface in file.
func serverMethods(t *testing.T, file string) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	methods := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != "Server" {
			return true
		}
		if it, ok := ts.Type.(*ast.InterfaceType); ok {
			for _, m := range it.Methods.List {
				for _, name := range m.Names {
					methods[name.Name] = true
				}
			}
		}
		return false
	})
	if len(methods) == 0 {
		t.Errorf("%s: no Server interface with methods", file)
	}
	return methods
}

// TestTwoRunsShareOneDirectory is two //go:generate lines for different
// services with the same -out: the second keeps the first one's files (and
// says nothing about them), each -check passes, and a line that drops a
// service removes only that service's files.
func TestTwoRunsShareOneDirectory(t *testing.T) {
	out := moduleOut(t)
	first := []string{"-services", "sqs", "-out", out, "-no-cache"}
	second := []string{"-services", "dynamodb,kinesis", "-out", out, "-no-cache"}
	for _, args := range [][]string{first, second, first} {
		code, _, stderr := gen(t, args...)
		if code != 0 {
			t.Fatalf("gen %q: exit %d: %s", args, code, stderr)
		}
		if strings.Contains(stderr, "no longer in the model") || strings.Contains(stderr, "stale") {
			t.Errorf("gen %q talks about the other run's files:\n%s", args, stderr)
		}
	}
	for _, args := range [][]string{first, second} {
		if code, stdout, stderr := gen(t, append(args, "-check")...); code != 0 {
			t.Errorf("gen %q -check: exit %d\n%s%s", args, code, stdout, stderr)
		}
	}
	for _, p := range []string{"sqstest/zz_generated.stubs.go", "sqstest/send_message_test.go", "dynamodbtest/zz_generated.stubs.go", "kinesistest/zz_generated.stubs.go"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	// The second line loses Kinesis.
	if code, _, stderr := gen(t, "-services", "dynamodb", "-out", out, "-no-cache"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "kinesistest", "zz_generated.stubs.go")); !os.IsNotExist(err) {
		t.Errorf("Kinesis stubs survived the line that dropped Kinesis: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "sqstest", "zz_generated.stubs.go")); err != nil {
		t.Errorf("the other line's SQS stubs were deleted: %v", err)
	}
}

// TestCheckReportsDebris: what an interrupted run leaves (temporary files,
// generated files no manifest lists) fails -check, naming each, and the
// next run removes it and says so, even when the no-op cache would
// otherwise skip the run.
func TestCheckReportsDebris(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := gen(t, "-models", sqsModels, "-out", out); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	for _, p := range []string{"sqstest/.awsparity-123", "sqstest/zz_generated.extra.go"} {
		if err := os.WriteFile(filepath.Join(out, p), []byte("package sqstest\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, _ := gen(t, "-models", sqsModels, "-out", out, "-check")
	if code != 1 || !strings.Contains(stdout, "debris\tsqstest/.awsparity-123") || !strings.Contains(stdout, "stray\tsqstest/zz_generated.extra.go") {
		t.Errorf("-check over debris: exit %d, want 1 and both files listed:\n%s", code, stdout)
	}
	code, _, stderr := gen(t, "-models", sqsModels, "-out", out)
	if code != 0 || strings.Count(stderr, "cleaned up after an interrupted run") != 2 {
		t.Errorf("the next run: exit %d, want it to report both files removed:\n%s", code, stderr)
	}
	for _, p := range []string{"sqstest/.awsparity-123", "sqstest/zz_generated.extra.go"} {
		if _, err := os.Stat(filepath.Join(out, p)); !os.IsNotExist(err) {
			t.Errorf("%s survived the next run: %v", p, err)
		}
	}
	if code, stdout, _ := gen(t, "-models", sqsModels, "-out", out, "-check"); code != 0 {
		t.Errorf("-check after the clean-up: exit %d\n%s", code, stdout)
	}
}

// moduleOut returns a new output directory inside this module, removed when
// the test ends: skeletons are only emitted into a Go module.
func moduleOut(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.MkdirTemp(root, ".gentest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	return out
}
