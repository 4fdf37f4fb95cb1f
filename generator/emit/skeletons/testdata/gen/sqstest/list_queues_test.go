package sqstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/sqstest"
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
}
