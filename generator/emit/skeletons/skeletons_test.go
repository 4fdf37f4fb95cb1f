package skeletons_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/skeletons"
	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/generator/load/botocore"
	"github.com/awsparity/awsparity/generator/resources"
	"github.com/awsparity/awsparity/internal/golden"
	"github.com/awsparity/awsparity/models"
)

// goldenDir is a real package tree: the golden test builds and vets it.
const (
	goldenDir    = "testdata/gen"
	goldenImport = "github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen"
)

// subset loads an embedded default model and keeps only the named
// operations, with the Go names generator/golang predicts.
func subset(t testing.TB, dir string, ops ...string) *ir.Service {
	t.Helper()
	read := func(name string) []byte {
		b, err := fs.ReadFile(models.FS, path.Join(dir, name))
		if err != nil && name == "service-2.json" {
			t.Fatal(err)
		}
		return b
	}
	svc, err := botocore.Load(dir+"/service-2.json", read("service-2.json"), read("waiters-2.json"), read("paginators-1.json"))
	if err != nil {
		t.Fatal(err)
	}
	svc.Operations = slices.DeleteFunc(svc.Operations, func(op *ir.Operation) bool { return !slices.Contains(ops, op.Name) })
	svc.Paginators = nil
	svc.Index()
	if err := golang.Predict(svc); err != nil {
		t.Fatal(err)
	}
	return svc
}

// sqs covers an operation that creates through its fixture (CreateQueue),
// one that deletes the fixture's resource (DeleteQueue), one fed the
// identifier the fixture returns (SendMessage) and one with no resource.
func sqs(t testing.TB) *ir.Service {
	return subset(t, "sqs/2012-11-05", "CreateQueue", "DeleteQueue", "ListQueues", "SendMessage")
}

// dynamodb covers an identifier the fixture chose in its own input
// (TableName), which the test captures with an option.
func dynamodb(t testing.TB) *ir.Service {
	return subset(t, "dynamodb/2012-08-10", "CreateTable", "DeleteTable", "DescribeTable", "PutItem")
}

// generate returns every file gen writes for svcs: the helper package the
// skeletons import and the skeletons themselves.
func generate(t testing.TB, tmpl *skeletons.Templates, svcs ...*ir.Service) []fileset.File {
	t.Helper()
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := engine.Inputs(svcs, ov, goldenImport)
	if err != nil {
		t.Fatal(err)
	}
	var files []fileset.File
	for _, in := range inputs {
		for _, e := range engine.DefaultEmitters(tmpl, false) {
			out, err := e(in)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, out...)
		}
	}
	return files
}

// emitSkeletons runs the skeleton emitter alone over svc.
func emitSkeletons(t testing.TB, svc *ir.Service, tmpl *skeletons.Templates) ([]fileset.File, error) {
	t.Helper()
	ov, err := resources.Default()
	if err != nil {
		t.Fatal(err)
	}
	found, err := resources.Find(svc, ov)
	if err != nil {
		t.Fatal(err)
	}
	return skeletons.Emitter(tmpl)(&emit.Input{Service: svc, Resources: found, ImportPath: goldenImport})
}

// TestEmitGolden compares the generated tree with testdata/gen and then
// vets it, test files included, against the pinned SDK. UPDATE_GOLDEN=1
// rewrites it.
func TestEmitGolden(t *testing.T) {
	files := generate(t, nil, sqs(t), dynamodb(t))
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		// Skeletons are the user's; a generated test (the fake's lifecycle
		// test) is named zz_generated like every generated file.
		isSkeleton := strings.HasSuffix(f.Path, "_test.go") && !strings.Contains(f.Path, "zz_generated.")
		if f.UserOwned != isSkeleton {
			t.Errorf("%s: UserOwned = %v, want %v", f.Path, f.UserOwned, isSkeleton)
		}
		if isSkeleton && bytes.Contains(f.Content, []byte(fileset.Header)) {
			t.Errorf("%s: a user-owned file carries the generated-code header", f.Path)
		}
		golden.Compare(t, filepath.Join(goldenDir, filepath.FromSlash(f.Path)), f.Content)
	}
	wantSkeletons := []string{
		"dynamodbtest/client_test.go", "dynamodbtest/create_table_test.go", "dynamodbtest/delete_table_test.go",
		"dynamodbtest/describe_table_test.go", "dynamodbtest/put_item_test.go",
		"sqstest/client_test.go", "sqstest/create_queue_test.go", "sqstest/delete_queue_test.go",
		"sqstest/list_queues_test.go", "sqstest/send_message_test.go",
	}
	for _, p := range wantSkeletons {
		if !slices.Contains(paths, p) {
			t.Errorf("no %s among %q", p, paths)
		}
	}
	if t.Failed() {
		return
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found: cannot compile the golden packages")
	}
	cmd := exec.Command("go", "vet", "./"+goldenDir+"/...")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet ./%s/...: %v\n%s", goldenDir, err, out)
	}
}

// TestSkeletonWiring checks the parts of a skeleton the issue requires,
// independently of the golden files' layout.
func TestSkeletonWiring(t *testing.T) {
	byPath := map[string]string{}
	for _, f := range generate(t, nil, sqs(t), dynamodb(t)) {
		byPath[f.Path] = string(f.Content)
	}
	cases := []struct {
		path string
		want []string
		not  []string
	}{
		{"sqstest/send_message_test.go", []string{
			`t.Skip("` + skeletons.Marker,
			"client := newClient(t)",
			"snapshot.WithTransformers(sqstest.Transformers()...)",
			"queue := sqstest.CreateQueue(t, client)",
			"QueueUrl: aws.String(queue.ID),",
			`// MessageBody: aws.String("__MessageBody__"), // required`,
			"stub.SkipIfNotImplemented(t, err)",
			`snap.Match("send-message", out)`,
		}, nil},
		{"sqstest/create_queue_test.go", []string{
			"created := sqstest.CreateQueue(t, client, func(o *sqstest.CreateQueueOptions) {",
			`// o.Input.QueueName = aws.String("__QueueName__") // required; the fixture sets it`,
			"out := created.Output",
		}, []string{"client.CreateQueue", "stub."}},
		{"sqstest/list_queues_test.go", []string{"out, err := client.ListQueues(t.Context(), &sqs.ListQueuesInput{})"}, []string{"sqstest.CreateQueue"}},
		{"sqstest/send_message_test.go", []string{
			"// The modelled error QueueDoesNotExist, recorded as AWS returns it",
			`if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {`,
			`snap.Match("send-message-queue-does-not-exist", err)`,
		}, nil},
		{"dynamodbtest/put_item_test.go", []string{
			"table := dynamodbtest.CreateTable(t, client)",
			"TableName: aws.String(table.ID),",
			`// Item: map[string]types.AttributeValue{"__key__": types.AttributeValue{}}, // required`,
		}, nil},
	}
	for _, c := range cases {
		src, ok := byPath[c.path]
		if !ok {
			t.Errorf("no %s", c.path)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(src, w) {
				t.Errorf("%s lacks %q:\n%s", c.path, w, src)
			}
		}
		// The modelled error's case makes its own call; what is checked
		// here is how the success path is wired.
		success, _, _ := strings.Cut(src, "// The modelled error")
		for _, n := range c.not {
			if strings.Contains(success, n) {
				t.Errorf("%s contains %q:\n%s", c.path, n, src)
			}
		}
		if i, j := strings.Index(src, "t.Skip("), strings.Index(src, "newClient"); i < 0 || i > j {
			t.Errorf("%s: the marker's t.Skip is not the first statement", c.path)
		}
	}
}

// TestRegenerationKeepsEditsAndReportsOrphans writes the skeletons, edits
// one as a user would, regenerates from a model that lost an operation and
// gained one: the edit survives, the new skeleton appears, and the lost
// operation's skeleton is reported, not deleted.
func TestRegenerationKeepsEditsAndReportsOrphans(t *testing.T) {
	dir := t.TempDir()
	emitSet := func(svc *ir.Service) *fileset.Set {
		t.Helper()
		files, err := emitSkeletons(t, svc, nil)
		if err != nil {
			t.Fatal(err)
		}
		set := fileset.New()
		for _, f := range files {
			if err := set.Add(f); err != nil {
				t.Fatal(err)
			}
		}
		return set
	}
	write := func(svc *ir.Service) {
		t.Helper()
		if _, _, err := emitSet(svc).Write(dir); err != nil {
			t.Fatal(err)
		}
	}
	write(subset(t, "sqs/2012-11-05", "CreateQueue", "DeleteQueue", "SendMessage"))

	edited := filepath.Join(dir, "sqstest", "send_message_test.go")
	mine := []byte("package sqstest_test\n\n// filled in by the user\n")
	if err := os.WriteFile(edited, mine, 0o644); err != nil {
		t.Fatal(err)
	}

	next := subset(t, "sqs/2012-11-05", "CreateQueue", "DeleteQueue", "GetQueueUrl")
	set := emitSet(next)
	orphans, err := set.Orphans(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"sqstest/send_message_test.go"}; !slices.Equal(orphans, want) {
		t.Errorf("Orphans = %q, want %q", orphans, want)
	}
	if _, _, err := set.Write(dir); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(edited); err != nil || !bytes.Equal(got, mine) {
		t.Errorf("the edited orphan was changed or removed: %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sqstest", "get_queue_url_test.go")); err != nil {
		t.Errorf("no skeleton for the new operation: %v", err)
	}

	// An edited skeleton whose operation still exists is not overwritten.
	kept := filepath.Join(dir, "sqstest", "create_queue_test.go")
	if err := os.WriteFile(kept, mine, 0o644); err != nil {
		t.Fatal(err)
	}
	write(next)
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, mine) {
		t.Errorf("regeneration overwrote an existing skeleton:\n%s", got)
	}
}

// TestExistingSkeletonsAreNotRendered: skeletons the output has already
// come back without content (the user's are kept as they are), the others
// rendered.
func TestExistingSkeletonsAreNotRendered(t *testing.T) {
	svc := subset(t, "sqs/2012-11-05", "CreateQueue", "DeleteQueue")
	have := map[string]bool{"sqstest/" + skeletons.ClientFile: true, "sqstest/create_queue_test.go": true}
	files, err := skeletons.Emitter(nil)(&emit.Input{Service: svc, ImportPath: goldenImport, Exists: func(p string) bool { return have[p] }})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Fatalf("got %d files, want the wiring file and 2 skeletons", len(files))
	}
	for _, f := range files {
		if !f.UserOwned || have[f.Path] != (f.Content == nil) {
			t.Errorf("%s: user-owned %v, %d bytes; want content only when it does not exist", f.Path, f.UserOwned, len(f.Content))
		}
	}
}

func TestFileName(t *testing.T) {
	for op, want := range map[string]string{
		"GetQueueUrl":                 "get_queue_url_test.go",
		"ListObjectsV2":               "list_objects_v2_test.go",
		"CreateDBInstance":            "create_db_instance_test.go",
		"CreateSMSSandboxPhoneNumber": "create_sms_sandbox_phone_number_test.go",
		"GetBucketAcl":                "get_bucket_acl_test.go",
		"GetWindows":                  "get_windows_op_test.go", // _windows_test.go builds only on Windows
		"DescribeArm":                 "describe_arm_op_test.go",
		"ListWindowsThings":           "list_windows_things_test.go",
	} {
		if got := skeletons.FileName(&ir.Operation{Name: op}); got != want {
			t.Errorf("FileName(%s) = %q, want %q", op, got, want)
		}
	}
}
