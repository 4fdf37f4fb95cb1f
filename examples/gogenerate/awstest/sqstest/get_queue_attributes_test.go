package sqstest_test

import (
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetQueueAttributes is the parity test of SQS GetQueueAttributes.
// Gets attributes for the specified queue.
func TestGetQueueAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.GetQueueAttributes(t.Context(), &sqs.GetQueueAttributesInput{
		QueueUrl: aws.String(queue.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-queue-attributes", out)
}
