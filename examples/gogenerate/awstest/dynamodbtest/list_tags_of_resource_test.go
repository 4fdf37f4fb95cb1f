package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
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

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListTagsOfResource(t.Context(), &dynamodb.ListTagsOfResourceInput{
			// ResourceArn: aws.String("__ResourceArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("ListTagsOfResource: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("list-tags-of-resource-resource-not-found-exception", err)
	}
}
