package sqstest_test

import (
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateQueue is the parity test of SQS CreateQueue.
// CreateQueue: Creates a new standard or FIFO queue.
func TestCreateQueue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	// sqstest.CreateQueue calls CreateQueue with the input below and deletes the Queue when the test ends.
	out := sqstest.CreateQueue(t, client, func(in *sqs.CreateQueueInput) {
		// in.QueueName = *string (required; the fixture sets it)
	})
	snap.Match("create-queue", out)
}
