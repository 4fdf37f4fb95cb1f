package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTagsOfResource is the parity test of DynamoDB ListTagsOfResource.
// List all tags on an Amazon DynamoDB resource.
func TestListTagsOfResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListTagsOfResource(t.Context(), &dynamodb.ListTagsOfResourceInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-tags-of-resource", out)
}
