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

// TestSendMessageBatch is the parity test of SQS SendMessageBatch.
// You can use SendMessageBatch to send up to 10 messages to the specified queue
// by assigning either identical or different values to each message (or by not
// assigning values at all).
func TestSendMessageBatch(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{
		QueueUrl: aws.String(queue.ID),
		// Entries: []types.SendMessageBatchRequestEntry{types.SendMessageBatchRequestEntry{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-message-batch", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.SendMessageBatch(t.Context(), &sqs.SendMessageBatchInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Entries: []types.SendMessageBatchRequestEntry{types.SendMessageBatchRequestEntry{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("SendMessageBatch: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("send-message-batch-queue-does-not-exist", err)
	}
}
