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

// TestUntagResource is the parity test of DynamoDB UntagResource.
// Removes the association of tags from an Amazon DynamoDB resource.
func TestUntagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.UntagResource(t.Context(), &dynamodb.UntagResourceInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
		// TagKeys: []string{"__TagKeys__"}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-resource", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UntagResource(t.Context(), &dynamodb.UntagResourceInput{
			// ResourceArn: aws.String("__ResourceArn__"),
			// TagKeys: []string{"__TagKeys__"},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("UntagResource: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("untag-resource-resource-not-found-exception", err)
	}
}
