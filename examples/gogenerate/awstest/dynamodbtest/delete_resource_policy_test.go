package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteResourcePolicy is the parity test of DynamoDB DeleteResourcePolicy.
// Deletes the resource-based policy attached to the resource, which can be a
// table or stream.
func TestDeleteResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteResourcePolicy(t.Context(), &dynamodb.DeleteResourcePolicyInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-resource-policy", out)
}
