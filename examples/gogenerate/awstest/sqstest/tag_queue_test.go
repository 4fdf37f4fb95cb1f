package sqstest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagQueue is the parity test of SQS TagQueue.
// Add cost allocation tags to the specified Amazon SQS queue.
func TestTagQueue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.TagQueue(t.Context(), &sqs.TagQueueInput{
		QueueUrl: aws.String(queue.ID),
		// Tags: map[string]string{"__key__": "__Tags__"}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-queue", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.TagQueue(t.Context(), &sqs.TagQueueInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Tags: map[string]string{"__key__": "__Tags__"},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("TagQueue: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("tag-queue-queue-does-not-exist", err)
	}
}
