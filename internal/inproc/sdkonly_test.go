package inproc_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsparity/awsparity/generator/engine"
	"github.com/awsparity/awsparity/generator/golang"
)

// sdkOnlyProgram binds a real SQS client to an implementation of the stubs
// generated from a model that lacks ListQueues and PurgeQueue. It
// overrides ListQueues, which only the pinned SDK has, and leaves
// PurgeQueue to UnimplementedServer.
const sdkOnlyProgram = `package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"

	"example.com/extraop/out/sqstest"
)

type fake struct {
	sqstest.UnimplementedServer
}

func (fake) ListQueues(_ context.Context, in *sqs.ListQueuesInput) (*sqs.ListQueuesOutput, error) {
	return &sqs.ListQueuesOutput{QueueUrls: []string{"http://127.0.0.1/000000000000/" + aws.ToString(in.QueueNamePrefix)}}, nil
}

func main() {
	var srv sqstest.Server = fake{}
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(srv))
	out, err := client.ListQueues(context.Background(), &sqs.ListQueuesInput{QueueNamePrefix: aws.String("q")})
	fmt.Println("ListQueues:", out.QueueUrls, err)
	_, err = client.PurgeQueue(context.Background(), &sqs.PurgeQueueInput{QueueUrl: aws.String("u")})
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		fmt.Println("PurgeQueue:", apiErr.ErrorCode(), apiErr.ErrorMessage())
	}
}
`

// TestOperationsOnlyTheSDKHas generates the default SQS model with
// ListQueues (paginated) and PurgeQueue (a plain action)
// removed, against the SQS module this repository pins, through the whole
// pipeline (every emitter), into a scratch module. The pinned SDK is the
// authority for which operations exist: Server must still have both,
// typed with the SDK's structs, the drift report must list them as taken
// from the SDK and none as missing, the output must vet (skeletons
// included), and a real client call must reach the implementation for the
// one it overrides and UnimplementedServer's NotImplemented for the other.
func TestOperationsOnlyTheSDKHas(t *testing.T) {
	root := checkoutRoot(t)
	models := filepath.Join(t.TempDir(), "models")
	src := filepath.Join(root, "models", "sqs", "2012-11-05")
	edit := func(name string, del func(map[string]any)) {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		del(doc)
		if data, err = json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(models, "sqs", "2012-11-05", name), string(data))
	}
	edit("service-2.json", func(doc map[string]any) {
		ops := doc["operations"].(map[string]any)
		for _, op := range []string{"ListQueues", "PurgeQueue"} {
			if ops[op] == nil {
				t.Fatalf("the default SQS model has no %s to remove", op)
			}
			delete(ops, op)
		}
	})
	edit("paginators-1.json", func(doc map[string]any) {
		delete(doc["pagination"].(map[string]any), "ListQueues")
	})

	dir := scratchModule(t, root)
	out := filepath.Join(dir, "out")
	res, err := engine.Run(engine.Options{Models: []string{models}, Services: []string{"sqs"}, Out: out,
		ModuleDir: dir, NoCache: true, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	rep := res.Drift.Services[0]
	if rep.SDKVersion == "" {
		t.Fatal("the SQS SDK module was not read: its pinned source decides which operations exist")
	}
	taken := map[string]bool{}
	for _, d := range rep.Drift {
		switch d.Kind {
		case golang.OperationFromSDK:
			taken[d.Operation] = true
		case golang.SDKOnlyOperation:
			t.Errorf("drift report lists %s as missing from Server", d.Operation)
		}
	}
	if len(taken) != 2 || !taken["ListQueues"] || !taken["PurgeQueue"] {
		t.Errorf("operations taken from the SDK = %v, want exactly ListQueues and PurgeQueue", taken)
	}
	stubsSrc, err := os.ReadFile(filepath.Join(out, "sqstest", "zz_generated.stubs.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\tListQueues(ctx context.Context, in *sqs.ListQueuesInput) (*sqs.ListQueuesOutput, error)\n",
		"\tPurgeQueue(ctx context.Context, in *sqs.PurgeQueueInput) (*sqs.PurgeQueueOutput, error)\n",
	} {
		if !strings.Contains(string(stubsSrc), want) {
			t.Errorf("Server lacks %q", want)
		}
	}

	write(t, filepath.Join(dir, "main.go"), sdkOnlyProgram)
	goCmd(t, dir, "vet", "./...")
	got := goCmd(t, dir, "run", ".")
	for _, want := range []string{
		"ListQueues: [http://127.0.0.1/000000000000/q] <nil>",
		"PurgeQueue: NotImplemented SQS.PurgeQueue is not implemented",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("program output lacks %q:\n%s", want, got)
		}
	}
}
