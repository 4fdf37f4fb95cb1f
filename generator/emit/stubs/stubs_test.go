package stubs_test

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/stubs"
	"github.com/awsparity/awsparity/generator/fileset"
	"github.com/awsparity/awsparity/generator/ir"
	"github.com/awsparity/awsparity/internal/golden"
)

// sqsSubset is three real SQS operations with the Go names generator/golang
// would give them, so the golden output compiles against the pinned SDK.
func sqsSubset() *ir.Service {
	op := func(name, summary string) *ir.Operation {
		return &ir.Operation{Name: name, Summary: summary, Go: ir.GoOperation{
			Method: name, InputType: name + "Input", OutputType: name + "Output",
		}}
	}
	svc := &ir.Service{
		SDKID: "SQS",
		Operations: []*ir.Operation{
			op("CreateQueue", "Creates a new standard or FIFO queue."),
			op("GetQueueUrl", "Returns the URL of an existing Amazon SQS queue."),
			op("ListQueues", ""),
			// An operation the pinned SDK lacks must not be emitted.
			{Name: "FutureOperation", Go: ir.GoOperation{Method: "FutureOperation", Skip: true}},
		},
		// An operation the model lacks, taken from the pinned SDK: emitted
		// with the others, in method order.
		SDKOperations: []*ir.Operation{op("DeleteQueue", "Deletes the queue specified by the QueueUrl.")},
		Go: ir.GoService{
			Package:      "github.com/aws/aws-sdk-go-v2/service/sqs",
			PackageName:  "sqs",
			TypesPackage: "github.com/aws/aws-sdk-go-v2/service/sqs/types",
			TestPackage:  "sqstest",
		},
	}
	svc.Index()
	return svc
}

// TestEmitGolden compares the stub file with testdata/sqstest, which is a
// real package: the test then builds and vets it against the pinned SDK.
// UPDATE_GOLDEN=1 rewrites it.
func TestEmitGolden(t *testing.T) {
	f, err := emitStubs(t, sqsSubset())
	if err != nil {
		t.Fatal(err)
	}

	if f.Path != "sqstest/zz_generated.stubs.go" {
		t.Errorf("Path = %q, want sqstest/zz_generated.stubs.go", f.Path)
	}
	golden.Compare(t, filepath.Join("testdata", f.Path), f.Content)
	for _, want := range []string{
		"\tDeleteQueue(ctx context.Context, in *sqs.DeleteQueueInput) (*sqs.DeleteQueueOutput, error)\n",
		"func (UnimplementedServer) DeleteQueue(context.Context, *sqs.DeleteQueueInput) (*sqs.DeleteQueueOutput, error) {\n",
		"\tcase \"DeleteQueue\":\n",
	} {
		if !bytes.Contains(f.Content, []byte(want)) {
			t.Errorf("output lacks the SDK-only operation's %q", want)
		}
	}
	for _, forbidden := range []string{"FutureOperation", `"reflect"`} {
		if bytes.Contains(f.Content, []byte(forbidden)) {
			t.Errorf("output mentions %q", forbidden)
		}
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found: cannot compile the golden package")
	}
	cmd := exec.Command("go", "vet", "./testdata/sqstest")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet ./testdata/sqstest: %v\n%s", err, out)
	}
}

func TestEmitIsDeterministic(t *testing.T) {
	a, err := emitStubs(t, sqsSubset())
	if err != nil {
		t.Fatal(err)
	}
	b, err := emitStubs(t, sqsSubset())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Content, b.Content) {
		t.Error("two emissions of the same service differ")
	}
}

// emitStubs returns the one file the stubs emitter makes of svc.
func emitStubs(t *testing.T, svc *ir.Service) (fileset.File, error) {
	t.Helper()
	files, err := stubs.Emit(&emit.Input{Service: svc})
	if err != nil {
		return fileset.File{}, err
	}
	if len(files) != 1 {
		t.Fatalf("stubs emitted %d files, want 1", len(files))
	}
	return files[0], nil
}
