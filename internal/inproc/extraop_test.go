package inproc_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/emit"
	"github.com/awsparity/awsparity/generator/emit/stubs"
	"github.com/awsparity/awsparity/generator/golang"
	"github.com/awsparity/awsparity/generator/load/smithy"
	"github.com/awsparity/awsparity/internal/testenv"
)

// implementation is written once, against the stubs generated from the
// model without ListQueues, and never edited: it is what a user's fake
// looks like when the weekly regeneration adds an operation.
const implementation = `package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"

	"example.com/extraop/sqstest"
)

type fake struct {
	sqstest.UnimplementedServer
}

func (fake) CreateQueue(_ context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	return &sqs.CreateQueueOutput{QueueUrl: aws.String("http://127.0.0.1/000000000000/" + *in.QueueName)}, nil
}

func main() {
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(fake{}))
	out, err := client.CreateQueue(context.Background(), &sqs.CreateQueueInput{QueueName: aws.String("q")})
	fmt.Println("CreateQueue:", aws.ToString(out.QueueUrl), err)
	_, err = client.ListQueues(context.Background(), &sqs.ListQueuesInput{})
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		fmt.Println("ListQueues:", apiErr.ErrorCode(), apiErr.ErrorMessage())
	}
}
`

// TestImplementationSurvivesAddedOperation generates stubs from a small
// model with and without ListQueues into a scratch module, and builds and
// runs the same hand-written implementation against both. The stubs
// without it are named by prediction alone, as for an SDK that lacks the
// operation: against the pinned SDK, which has it, Server would take it
// from the SDK source (TestOperationsOnlyTheSDKHas).
func TestImplementationSurvivesAddedOperation(t *testing.T) {
	root := checkoutRoot(t)
	next, err := os.ReadFile(filepath.Join("testdata", "sqs-small.json"))
	if err != nil {
		t.Fatal(err)
	}
	prev := withoutOperation(t, next, "com.amazonaws.sqs#ListQueues")

	for _, v := range []struct {
		name      string
		model     []byte
		moduleDir string // whose pinned SDK is read; "" predicts names
		hasOp     bool
	}{
		{"without ListQueues", prev, "", false},
		{"with ListQueues", next, root, true},
	} {
		t.Run(v.name, func(t *testing.T) {
			stubsSrc := generateStubs(t, v.moduleDir, v.model)
			if got := strings.Contains(stubsSrc, "ListQueues(ctx context.Context"); got != v.hasOp {
				t.Fatalf("generated Server has ListQueues = %v, want %v", got, v.hasOp)
			}
			dir := scratchModule(t, root)
			write(t, filepath.Join(dir, "sqstest", "zz_generated.stubs.go"), stubsSrc)
			write(t, filepath.Join(dir, "main.go"), implementation)
			out := goCmd(t, dir, "run", ".")
			for _, want := range []string{
				"CreateQueue: http://127.0.0.1/000000000000/q <nil>",
				"ListQueues: NotImplemented SQS.ListQueues is not implemented",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("program output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

// withoutOperation removes an operation and the shapes only it uses from
// a Smithy JSON AST model.
func withoutOperation(t *testing.T, model []byte, op string) []byte {
	t.Helper()
	var doc struct {
		Smithy string                     `json:"smithy"`
		Shapes map[string]json.RawMessage `json:"shapes"`
	}
	if err := json.Unmarshal(model, &doc); err != nil {
		t.Fatal(err)
	}
	var svc map[string]any
	if err := json.Unmarshal(doc.Shapes["com.amazonaws.sqs#AmazonSQS"], &svc); err != nil {
		t.Fatal(err)
	}
	ops := svc["operations"].([]any)
	svc["operations"] = slices.DeleteFunc(ops, func(o any) bool { return o.(map[string]any)["target"] == op })
	raw, err := json.Marshal(svc)
	if err != nil {
		t.Fatal(err)
	}
	doc.Shapes["com.amazonaws.sqs#AmazonSQS"] = raw
	for _, id := range []string{op, op + "Request", op + "Result", "com.amazonaws.sqs#QueueUrlList"} {
		delete(doc.Shapes, id)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// generateStubs runs the real pipeline: Smithy loader, Go names resolved
// against the SDK moduleDir's go.mod pins (by prediction when ""), stub
// emitter.
func generateStubs(t *testing.T, moduleDir string, model []byte) string {
	t.Helper()
	svcs, err := smithy.Load("sqs-small.json", model)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := golang.Resolve(svcs, golang.Options{ModuleDir: moduleDir, CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	files, err := stubs.Emit(&emit.Input{Service: svcs[0]})
	if err != nil {
		t.Fatal(err)
	}
	return string(files[0].Content)
}

// checkoutRoot returns this repository's root, where scratch modules find
// awsparity, or ends the test when no go command can build them.
func checkoutRoot(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		testenv.Missing(t, "go command not found: cannot build the scratch module")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// scratchModule creates a module that requires this repository (replaced by
// its directory) with exactly this repository's dependency versions, so the
// build uses the module cache and needs no network.
func scratchModule(t *testing.T, root string) string {
	t.Helper()
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(gomod), "\n")
	if !ok || !strings.HasPrefix(string(gomod), "module github.com/awsparity/awsparity") {
		t.Fatalf("%s/go.mod does not start with the awsparity module line", root)
	}
	dir := t.TempDir()
	mod := "module example.com/extraop\n" + rest +
		"\nrequire github.com/awsparity/awsparity v0.0.0\n\nreplace github.com/awsparity/awsparity => " + root + "\n" +
		"\nreplace github.com/awsparity/awsparity/runtime => " + filepath.Join(root, "runtime") + "\n"
	write(t, filepath.Join(dir, "go.mod"), mod)
	write(t, filepath.Join(dir, "go.sum"), string(gosum))
	return dir
}

func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
