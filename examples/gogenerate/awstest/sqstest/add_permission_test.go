package sqstest_test

import (
	"testing"

	"example.com/shop/awstest/sqstest"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddPermission is the parity test of SQS AddPermission.
// AddPermission: Adds a permission to a queue for a specific principal.
func TestAddPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sqstest.Transformers()...))
	client := newClient(t)
	queue := sqstest.CreateQueue(t, client)
	out, err := client.AddPermission(t.Context(), &sqs.AddPermissionInput{
		QueueUrl: queue.QueueUrl,
		// Label: *string (required)
		// AWSAccountIds: []string (required)
		// Actions: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-permission", out)
}
