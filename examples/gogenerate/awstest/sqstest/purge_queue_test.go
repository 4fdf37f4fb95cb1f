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

// TestPurgeQueue is the parity test of SQS PurgeQueue.
// Deletes available messages in a queue (including in-flight messages)
// specified by the QueueURL parameter.
func TestPurgeQueue(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{
		QueueUrl: aws.String(queue.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("purge-queue", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.PurgeQueue(t.Context(), &sqs.PurgeQueueInput{
			// QueueUrl: aws.String("__QueueUrl__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("PurgeQueue: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("purge-queue-queue-does-not-exist", err)
	}
}
