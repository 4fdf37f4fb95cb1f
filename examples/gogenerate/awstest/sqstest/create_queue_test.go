package sqstest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateQueue is the parity test of SQS CreateQueue.
// Creates a new standard or FIFO queue.
func TestCreateQueue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	// sqstest.CreateQueue calls CreateQueue with this input and deletes the Queue when the test ends.
	created := sqstest.CreateQueue(t, client, func(o *sqstest.CreateQueueOptions) {
		// o.Input.QueueName = aws.String("__QueueName__") // required; the fixture sets it
	})
	out := created.Output
	snap.Match("create-queue", out)

	// The modelled error QueueDeletedRecently, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CreateQueue(t.Context(), &sqs.CreateQueueInput{
			// QueueName: aws.String("__QueueName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDeletedRecently" {
			t.Fatalf("CreateQueue: got %v, want the modelled error QueueDeletedRecently", err)
		}
		snap.Match("create-queue-queue-deleted-recently", err)
	}
}
