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

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DeleteResourcePolicy(t.Context(), &dynamodb.DeleteResourcePolicyInput{
			// ResourceArn: aws.String("__ResourceArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("DeleteResourcePolicy: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("delete-resource-policy-resource-not-found-exception", err)
	}
}
