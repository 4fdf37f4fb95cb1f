package sqstest_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendMessage is the parity test of SQS SendMessage.
// Delivers a message to the specified queue.
func TestSendMessage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.SendMessage(t.Context(), &sqs.SendMessageInput{
		QueueUrl: aws.String(queue.ID),
		// MessageBody: aws.String("__MessageBody__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-message", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.SendMessage(t.Context(), &sqs.SendMessageInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// MessageBody: aws.String("__MessageBody__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("SendMessage: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("send-message-queue-does-not-exist", err)
	}
}
