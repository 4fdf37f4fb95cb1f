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

// TestAddPermission is the parity test of SQS AddPermission.
// Adds a permission to a queue for a specific principal.
func TestAddPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.AddPermission(t.Context(), &sqs.AddPermissionInput{
		QueueUrl: aws.String(queue.ID),
		// Label: aws.String("__Label__"), // required
		// AWSAccountIds: []string{"__AWSAccountIds__"}, // required
		// Actions: []string{"__Actions__"}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-permission", out)

	// The modelled error QueueDoesNotExist, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.AddPermission(t.Context(), &sqs.AddPermissionInput{
			// QueueUrl: aws.String("__QueueUrl__"),
			// Label: aws.String("__Label__"),
			// AWSAccountIds: []string{"__AWSAccountIds__"},
			// Actions: []string{"__Actions__"},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "QueueDoesNotExist" {
			t.Fatalf("AddPermission: got %v, want the modelled error QueueDoesNotExist", err)
		}
		snap.Match("add-permission-queue-does-not-exist", err)
	}
}
