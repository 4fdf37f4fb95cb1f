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

// TestGetResourcePolicy is the parity test of DynamoDB GetResourcePolicy.
// Returns the resource-based policy document attached to the resource, which
// can be a table or stream, in JSON format.
func TestGetResourcePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetResourcePolicy(t.Context(), &dynamodb.GetResourcePolicyInput{
		// ResourceArn: aws.String("__ResourceArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-resource-policy", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.GetResourcePolicy(t.Context(), &dynamodb.GetResourcePolicyInput{
			// ResourceArn: aws.String("__ResourceArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("GetResourcePolicy: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("get-resource-policy-resource-not-found-exception", err)
	}
}
