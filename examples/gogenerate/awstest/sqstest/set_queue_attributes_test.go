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

// TestSetQueueAttributes is the parity test of SQS SetQueueAttributes.
// Sets the value of one or more queue attributes, like a policy.
func TestSetQueueAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{
		QueueUrl: aws.String(queue.ID),
		// Attributes: map[string]string{"__key__": "__Attributes__"}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-queue-attributes", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.SetQueueAttributes(t.Context(), &sqs.SetQueueAttributesInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Attributes: map[string]string{"__key__": "__Attributes__"},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("SetQueueAttributes: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("set-queue-attributes-queue-does-not-exist", err)
	}
}
