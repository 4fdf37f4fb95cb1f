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

// TestListQueueTags is the parity test of SQS ListQueueTags.
// List all cost allocation tags added to the specified Amazon SQS queue.
func TestListQueueTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{
		QueueUrl: aws.String(queue.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-queue-tags", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListQueueTags(t.Context(), &sqs.ListQueueTagsInput{
			// QueueUrl: aws.String("__QueueUrl__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("ListQueueTags: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("list-queue-tags-queue-does-not-exist", err)
	}
}
