package sqstest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListQueues is the parity test of SQS ListQueues.
// Returns a list of your queues in the current region.
func TestListQueues(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListQueues(t.Context(), &sqs.ListQueuesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-queues", out)

	// The modelled error RequestThrottled, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListQueues(t.Context(), &sqs.ListQueuesInput{})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "RequestThrottled" {
			t.Fatalf("ListQueues: got %v, want the modelled error RequestThrottled", err)
		}
		snap.Match("list-queues-request-throttled", err)
	}
}
