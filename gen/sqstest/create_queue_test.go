package sqstest_test

import (
	"testing"

	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateQueue is the parity test of SQS CreateQueue.
// Creates a new standard or FIFO queue.
func TestCreateQueue(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	// sqstest.CreateQueue calls CreateQueue with this input and deletes the Queue when the test ends.
	created := sqstest.CreateQueue(t, client, func(o *sqstest.CreateQueueOptions) {
		o.Input.Attributes = map[string]string{"VisibilityTimeout": "45"}
	})
	out := created.Output
	snap.Match("create-queue", out)
}
