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

// TestDeleteMessageBatch is the parity test of SQS DeleteMessageBatch.
// Deletes up to ten messages from the specified queue.
func TestDeleteMessageBatch(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.DeleteMessageBatch(t.Context(), &sqs.DeleteMessageBatchInput{
		QueueUrl: aws.String(queue.ID),
		// Entries: []types.DeleteMessageBatchRequestEntry{types.DeleteMessageBatchRequestEntry{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-message-batch", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DeleteMessageBatch(t.Context(), &sqs.DeleteMessageBatchInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Entries: []types.DeleteMessageBatchRequestEntry{types.DeleteMessageBatchRequestEntry{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("DeleteMessageBatch: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("delete-message-batch-queue-does-not-exist", err)
	}
}
