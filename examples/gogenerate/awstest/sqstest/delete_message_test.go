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

// TestDeleteMessage is the parity test of SQS DeleteMessage.
// Deletes the specified message from the specified queue.
func TestDeleteMessage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.DeleteMessage(t.Context(), &sqs.DeleteMessageInput{
		QueueUrl: aws.String(queue.ID),
		// ReceiptHandle: aws.String("__ReceiptHandle__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-message", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DeleteMessage(t.Context(), &sqs.DeleteMessageInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// ReceiptHandle: aws.String("__ReceiptHandle__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("DeleteMessage: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("delete-message-queue-does-not-exist", err)
	}
}
