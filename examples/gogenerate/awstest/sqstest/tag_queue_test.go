package sqstest_test

import (
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
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
}
