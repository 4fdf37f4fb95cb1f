package inproc_test

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/stub"
)

// queues overrides two operations and leaves every other one to the stubs.
type queues struct {
	sqstest.UnimplementedServer
	created []string
}

func (q *queues) CreateQueue(_ context.Context, in *sqs.CreateQueueInput) (*sqs.CreateQueueOutput, error) {
	q.created = append(q.created, *in.QueueName)
	return &sqs.CreateQueueOutput{QueueUrl: aws.String("http://127.0.0.1/000000000000/" + *in.QueueName)}, nil
}

func (q *queues) GetQueueUrl(_ context.Context, in *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	return &sqs.GetQueueUrlOutput{QueueUrl: aws.String("http://127.0.0.1/000000000000/" + *in.QueueName)}, nil
}

func TestRealClientBoundToImplementation(t *testing.T) {
	ctx := context.Background()
	impl := &queues{}
	// The same construction users write; the config has no credentials or
	// endpoint, which proves nothing reaches the network.
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(impl))

	created, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("orders")})
	if err != nil {
		t.Fatalf("CreateQueue: %v", err)
	}
	if got := aws.ToString(created.QueueUrl); got != "http://127.0.0.1/000000000000/orders" {
		t.Errorf("CreateQueue QueueUrl = %q", got)
	}
	if len(impl.created) != 1 || impl.created[0] != "orders" {
		t.Errorf("implementation saw %v, want one CreateQueue for orders", impl.created)
	}
	url, err := client.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
	if err != nil {
		t.Fatalf("GetQueueUrl: %v", err)
	}
	if got := aws.ToString(url.QueueUrl); got != "http://127.0.0.1/000000000000/orders" {
		t.Errorf("GetQueueUrl QueueUrl = %q", got)
	}

	_, err = client.ListQueues(ctx, &sqs.ListQueuesInput{})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("ListQueues error %v (%T) is not a smithy.APIError", err, err)
	}
	if apiErr.ErrorCode() != "NotImplemented" || apiErr.ErrorMessage() != "SQS.ListQueues is not implemented" || apiErr.ErrorFault() != smithy.FaultServer {
		t.Errorf("ListQueues: code %q, message %q, fault %v; want NotImplemented, \"SQS.ListQueues is not implemented\", server",
			apiErr.ErrorCode(), apiErr.ErrorMessage(), apiErr.ErrorFault())
	}
	var ni *stub.NotImplementedError
	if !errors.As(err, &ni) {
		t.Errorf("errors.As(%v, *stub.NotImplementedError) failed", err)
	}
	var opErr *smithy.OperationError
	if !errors.As(err, &opErr) || opErr.Service() != "SQS" || opErr.Operation() != "ListQueues" {
		t.Errorf("the SDK did not wrap the error as its own operation error: %v", err)
	}
}

// nilStubs embeds the stubs by a nil pointer, the mistake the generated
// marker method catches: its own GetQueueUrl works, but every operation it
// leaves to the stubs would dereference nil inside the SDK call.
type nilStubs struct {
	*sqstest.UnimplementedServer
}

func (nilStubs) GetQueueUrl(context.Context, *sqs.GetQueueUrlInput) (*sqs.GetQueueUrlOutput, error) {
	return &sqs.GetQueueUrlOutput{QueueUrl: aws.String("http://127.0.0.1/000000000000/orders")}, nil
}

// TestBindingRefusesNilEmbedding binds implementations that are nil or
// embed a nil *UnimplementedServer: every call, overridden or not, must
// fail with the error naming the mistake instead of panicking.
func TestBindingRefusesNilEmbedding(t *testing.T) {
	for name, impl := range map[string]sqstest.Server{"nil implementation": nil, "nil embedded pointer": nilStubs{}} {
		t.Run(name, func(t *testing.T) {
			client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(impl))
			_, err := client.ListQueues(t.Context(), &sqs.ListQueuesInput{})
			if !errors.Is(err, stub.ErrNotEmbeddedByValue) {
				t.Errorf("ListQueues error = %v, want ErrNotEmbeddedByValue", err)
			}
			_, err = client.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{QueueName: aws.String("orders")})
			if !errors.Is(err, stub.ErrNotEmbeddedByValue) {
				t.Errorf("GetQueueUrl error = %v, want ErrNotEmbeddedByValue", err)
			}
		})
	}
}

// BenchmarkInProcessCall measures one SDK call answered in-process: the
// client's Initialize middlewares, Route and the generated dispatch.
func BenchmarkInProcessCall(b *testing.B) {
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(&queues{}))
	in := &sqs.GetQueueUrlInput{QueueName: aws.String("orders")}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.GetQueueUrl(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNotImplementedCall measures a call that falls through to the
// embedded UnimplementedServer.
func BenchmarkNotImplementedCall(b *testing.B) {
	client := sqs.NewFromConfig(aws.Config{Region: "us-east-1"}, sqstest.WithServer(&queues{}))
	in := &sqs.ListQueuesInput{}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.ListQueues(ctx, in); err == nil {
			b.Fatal("ListQueues succeeded")
		}
	}
}
