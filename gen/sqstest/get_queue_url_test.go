package sqstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetQueueUrl is the parity test of SQS GetQueueUrl.
// GetQueueUrl: The GetQueueUrl API returns the URL of an existing Amazon SQS queue.
func TestGetQueueUrl(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	var name *string
	sqstest.CreateQueue(t, client, func(o *sqstest.CreateQueueOptions) { name = o.Input.QueueName })
	out, err := client.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{
		QueueName: name,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-queue-url", out)
}
