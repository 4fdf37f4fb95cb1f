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

// TestRemovePermission is the parity test of SQS RemovePermission.
// Revokes any permissions in the queue policy that matches the specified Label
// parameter.
func TestRemovePermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.RemovePermission(t.Context(), &sqs.RemovePermissionInput{
		QueueUrl: aws.String(queue.ID),
		// Label: aws.String("__Label__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-permission", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.RemovePermission(t.Context(), &sqs.RemovePermissionInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Label: aws.String("__Label__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("RemovePermission: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("remove-permission-queue-does-not-exist", err)
	}
}
