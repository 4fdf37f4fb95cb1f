package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutResourcePolicy is the parity test of DynamoDB PutResourcePolicy.
// Attaches a resource-based policy document to the resource, which can be a
// table or stream.
func TestPutResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutResourcePolicy(t.Context(), &dynamodb.PutResourcePolicyInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
		// Policy: aws.String("__Policy__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-resource-policy", out)
}
