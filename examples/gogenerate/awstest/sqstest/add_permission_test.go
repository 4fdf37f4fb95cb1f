package sqstest_test

import (
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
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
}
