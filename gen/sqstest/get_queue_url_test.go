package sqstest_test

import (
	"path"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/gen/sqstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetQueueUrl is the parity test of SQS GetQueueUrl.
// The GetQueueUrl API returns the URL of an existing Amazon SQS queue.
func TestGetQueueUrl(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	// A queue URL ends in the queue's name.
	out, err := client.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{
		QueueName: aws.String(path.Base(queue.ID)),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-queue-url", out)
}
