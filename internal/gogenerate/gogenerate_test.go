// Package gogenerate proves the one line a user adds to their repository:
// examples/gogenerate is a separate module with its own go.mod, and
// `go generate ./...` there must reproduce its committed helpers with the
// SDK versions of that go.mod, which then build, vet and pass their tests.
package gogenerate

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestUserModuleGoGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module; skipped with -short")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(root, "examples", "gogenerate")
	work := t.TempDir()
	committed := copyTree(t, example, work)

	// A user's module requires released modules; this one points at the checkout.
	goCmd(t, work, "mod", "edit", "-replace", "github.com/awsparity/awsparity="+root,
		"-replace", "github.com/awsparity/awsparity/runtime="+filepath.Join(root, "runtime"))
	// Generated files and untouched skeletons (which the generator creates
	// when missing) are made anew and must equal the committed ones.
	fresh := func(path string, data []byte) bool {
		return strings.Contains(path, "zz_generated.") || bytes.Contains(data, []byte("awsparity:not-implemented"))
	}
	for path, data := range committed {
		if fresh(path, data) {
			if err := os.Remove(filepath.Join(work, path)); err != nil {
				t.Fatal(err)
			}
		}
	}
	goCmd(t, work, "generate", "./...")

	regenerated := 0
	for path, want := range committed {
		if !fresh(path, want) {
			continue
		}
		got, err := os.ReadFile(filepath.Join(work, path))
		if err != nil {
			t.Errorf("go generate did not recreate %s: %v", path, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("go generate produced a different %s than the committed one; run go generate ./... in examples/gogenerate", path)
		}
		regenerated++
	}
	if regenerated < 100 {
		t.Fatalf("only %d generated files and skeletons in the example; want stubs, fixtures and skeletons for sqs, dynamodb and s3", regenerated)
	}
	goCmd(t, work, "vet", "./...")
	out := goCmd(t, work, "test", "-count=1", "-v", "./...")
	if !strings.Contains(out, "--- PASS: TestSendMessage") || !strings.Contains(out, "target: in-process") {
		t.Errorf("the example test did not run in-process and pass:\n%s", out)
	}

	// Every placeholder the skeletons show for a required member compiles
	// once uncommented, against the SDK the example pins.
	if n := uncommentPlaceholders(t, work); n < 100 {
		t.Errorf("only %d placeholders in the example's skeletons", n)
	}
	goCmd(t, work, "vet", "./...")
}

// placeholder matches a skeleton's commented input member, without its
// trailing note: "// Label: aws.String(\"__Label__\"), // required" or,
// for a fixture's own input, "// o.Input.QueueName = aws.String(…)".
var placeholder = regexp.MustCompile(`^(\t+)// ((?:o\.Input\.\w+ = |\w+: ).*?)(?: // .*)?$`)

// uncommentPlaceholders uncomments the placeholders of every skeleton under
// dir, adding the imports they need as goimports would, and returns how
// many it uncommented.
func uncommentPlaceholders(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(data, []byte("awsparity:not-implemented")) {
			return err
		}
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			if m := placeholder.FindStringSubmatch(l); m != nil {
				lines[i] = m[1] + m[2]
				n++
			}
		}
		src := strings.Join(lines, "\n")
		sdk := "github.com/aws/aws-sdk-go-v2/service/" + strings.TrimSuffix(filepath.Base(filepath.Dir(path)), "test")
		for use, imp := range map[string]string{`\baws\.[A-Z]`: "github.com/aws/aws-sdk-go-v2/aws", `\btypes\.[A-Z]`: sdk + "/types", `\btime\.Now\(`: "time"} {
			if regexp.MustCompile(use).MatchString(src) && !strings.Contains(src, `"`+imp+`"`) {
				src = strings.Replace(src, "import (\n", "import (\n\t\""+imp+"\"\n", 1)
			}
		}
		return os.WriteFile(path, []byte(src), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestReadmeShowsTheExampleLine keeps the README honest: the go:generate
// line it tells users to add is the example's, which the test above runs.
func TestReadmeShowsTheExampleLine(t *testing.T) {
	src, err := os.ReadFile("../../examples/gogenerate/awstest/generate.go")
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for l := range strings.Lines(string(src)) {
		if strings.HasPrefix(l, "//go:generate ") {
			line = strings.TrimSpace(l)
		}
	}
	if !strings.Contains(line, " -services ") || !strings.Contains(line, " -out ") {
		t.Fatalf("examples/gogenerate/awstest/generate.go: go:generate line %q lacks -services or -out", line)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "\n"+line+"\n") {
		t.Errorf("README.md does not show the example's line on its own:\n%s", line)
	}
}

// copyTree copies src to dst and returns the copied files' contents by
// slash-separated relative path.
func copyTree(t *testing.T, src, dst string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = data
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// In-process: the example must not need an emulator or credentials.
	cmd.Env = append(os.Environ(), "TEST_TARGET=IN_PROCESS", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}
