package sqstest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetQueueUrl is the parity test of SQS GetQueueUrl.
// The GetQueueUrl API returns the URL of an existing Amazon SQS queue.
func TestGetQueueUrl(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{
		// QueueName: aws.String("__QueueName__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-queue-url", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.GetQueueUrl(t.Context(), &sqs.GetQueueUrlInput{
			// QueueName: aws.String("__QueueName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("GetQueueUrl: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("get-queue-url-queue-does-not-exist", err)
	}
}
