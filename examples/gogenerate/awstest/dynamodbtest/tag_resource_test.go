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

// TestTagResource is the parity test of DynamoDB TagResource.
// Associate a set of tags with an Amazon DynamoDB resource.
func TestTagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.TagResource(t.Context(), &dynamodb.TagResourceInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
		// Tags: []types.Tag{types.Tag{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-resource", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.TagResource(t.Context(), &dynamodb.TagResourceInput{
			// ResourceArn: aws.String("__ResourceArn__"),
			// Tags: []types.Tag{types.Tag{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("TagResource: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("tag-resource-resource-not-found-exception", err)
	}
}
