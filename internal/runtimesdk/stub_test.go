package runtimesdk_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"

	"github.com/awsparity/awsparity/runtime/stub"
)

// client returns an SQS client routed through dispatch. It has no region,
// credentials or endpoint on purpose: Route must answer before any of them
// would be needed.
func client(dispatch stub.Dispatch) *sqs.Client {
	return sqs.New(sqs.Options{}, func(o *sqs.Options) {
		o.APIOptions = append(o.APIOptions, stub.Route("SQS", dispatch))
	})
}

func TestRouteAnswersFromDispatch(t *testing.T) {
	var gotOp string
	c := client(func(_ context.Context, op string, in any) (any, bool, error) {
		gotOp = op
		q := in.(*sqs.GetQueueUrlInput)
		return stub.Answer(&sqs.GetQueueUrlOutput{QueueUrl: aws.String("http://127.0.0.1/000000000000/" + *q.QueueName)}, nil)
	})
	out, err := c.GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{QueueName: aws.String("q1")})
	if err != nil {
		t.Fatalf("GetQueueUrl: %v", err)
	}
	if gotOp != "GetQueueUrl" {
		t.Errorf("dispatch saw operation %q, want GetQueueUrl", gotOp)
	}
	if got, want := aws.ToString(out.QueueUrl), "http://127.0.0.1/000000000000/q1"; got != want {
		t.Errorf("QueueUrl = %q, want %q", got, want)
	}
}

func TestRouteRunsSDKValidationFirst(t *testing.T) {
	called := false
	c := client(func(context.Context, string, any) (any, bool, error) {
		called = true
		return nil, false, nil
	})
	// QueueName is required: the SDK's validation middleware must reject the
	// call before it reaches the implementation, as it would before the network.
	_, err := c.GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{})
	if err == nil {
		t.Fatal("GetQueueUrl without QueueName succeeded")
	}
	if called {
		t.Error("dispatch was called for an input the SDK's validation rejects")
	}
}

func TestRouteUnknownOperationIsNotImplemented(t *testing.T) {
	c := client(func(context.Context, string, any) (any, bool, error) { return nil, false, nil })
	_, err := c.ListQueues(context.Background(), &sqs.ListQueuesInput{})
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("ListQueues error %v (%T) is not a smithy.APIError", err, err)
	}
	if apiErr.ErrorCode() != stub.ErrorCode || apiErr.ErrorMessage() != "SQS.ListQueues is not implemented" ||
		apiErr.ErrorFault() != smithy.FaultServer {
		t.Errorf("got code %q message %q fault %v; want NotImplemented, %q, server",
			apiErr.ErrorCode(), apiErr.ErrorMessage(), apiErr.ErrorFault(), "SQS.ListQueues is not implemented")
	}
	var ni *stub.NotImplementedError
	if !errors.As(err, &ni) || ni.Service != "SQS" || ni.Operation != "ListQueues" {
		t.Errorf("errors.As(*NotImplementedError) = %+v, want SQS ListQueues", ni)
	}
}

func TestRouteNilOutputIsAnError(t *testing.T) {
	c := client(func(context.Context, string, any) (any, bool, error) {
		return stub.Answer[sqs.ListQueuesOutput](nil, nil)
	})
	out, err := c.ListQueues(context.Background(), &sqs.ListQueuesInput{})
	if !errors.Is(err, stub.ErrNilOutput) {
		t.Fatalf("ListQueues = %v, %v; want ErrNilOutput", out, err)
	}
	const want = "SQS.ListQueues: implementation returned a nil output and a nil error"
	if msg := err.Error(); !strings.Contains(msg, want) {
		t.Errorf("error %q does not contain %q", msg, want)
	}
}

func TestRouteImplementationErrorPassesThrough(t *testing.T) {
	sentinel := &smithy.GenericAPIError{Code: "QueueDoesNotExist", Message: "no queue", Fault: smithy.FaultClient}
	c := client(func(context.Context, string, any) (any, bool, error) {
		return stub.Answer[sqs.GetQueueUrlOutput](nil, sentinel)
	})
	_, err := c.GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{QueueName: aws.String("missing")})
	var apiErr *smithy.GenericAPIError
	if !errors.As(err, &apiErr) || apiErr != sentinel {
		t.Fatalf("GetQueueUrl error = %v, want the implementation's error", err)
	}
}

// TestLaterRouteWins binds the client to one dispatch and a single call to
// another: the call's binding must answer, as per-call options override the
// client's, and the client's binding must answer the calls after it.
func TestLaterRouteWins(t *testing.T) {
	answer := func(url string) stub.Dispatch {
		return func(context.Context, string, any) (any, bool, error) {
			return stub.Answer(&sqs.GetQueueUrlOutput{QueueUrl: aws.String(url)}, nil)
		}
	}
	c := client(answer("client"))
	in := &sqs.GetQueueUrlInput{QueueName: aws.String("q1")}
	out, err := c.GetQueueUrl(context.Background(), in, func(o *sqs.Options) {
		o.APIOptions = append(o.APIOptions, stub.Route("SQS", answer("call")))
	})
	if err != nil {
		t.Fatalf("GetQueueUrl with a per-call binding: %v", err)
	}
	if got := aws.ToString(out.QueueUrl); got != "call" {
		t.Errorf("with a per-call binding, QueueUrl = %q, want the call's binding to answer", got)
	}
	out, err = c.GetQueueUrl(context.Background(), in)
	if err != nil {
		t.Fatalf("GetQueueUrl: %v", err)
	}
	if got := aws.ToString(out.QueueUrl); got != "client" {
		t.Errorf("after the per-call binding, QueueUrl = %q, want the client's binding to answer", got)
	}
}

// TestBindRefusesNilEmbedding stands in for an implementation whose
// mustEmbedUnimplementedServer panics (it embeds a nil pointer): every call
// must fail with ErrNotEmbeddedByValue, without reaching dispatch.
func TestBindRefusesNilEmbedding(t *testing.T) {
	for _, c := range []struct {
		name     string
		embedded func()
		wantErr  error
	}{
		{"by value", func() {}, nil},
		{"nil pointer", func() { panic("runtime error: invalid memory address or nil pointer dereference") }, stub.ErrNotEmbeddedByValue},
	} {
		t.Run(c.name, func(t *testing.T) {
			called := false
			bound := sqs.New(sqs.Options{}, func(o *sqs.Options) {
				o.APIOptions = append(o.APIOptions, stub.Bind("SQS", c.embedded, func(context.Context, string, any) (any, bool, error) {
					called = true
					return stub.Answer(&sqs.ListQueuesOutput{}, nil)
				}))
			})
			_, err := bound.ListQueues(context.Background(), &sqs.ListQueuesInput{})
			if !errors.Is(err, c.wantErr) {
				t.Fatalf("ListQueues error = %v, want %v", err, c.wantErr)
			}
			if called != (c.wantErr == nil) {
				t.Errorf("dispatch called = %v, want %v", called, c.wantErr == nil)
			}
		})
	}
}

func TestNotImplementedError(t *testing.T) {
	err := stub.NotImplemented("DynamoDB", "Scan")
	if got, want := err.Error(), "api error NotImplemented: DynamoDB.Scan is not implemented"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
