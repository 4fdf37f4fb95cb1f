package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateTimeToLive is the parity test of DynamoDB UpdateTimeToLive.
// The UpdateTimeToLive method enables or disables Time to Live (TTL) for the
// specified table.
func TestUpdateTimeToLive(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.UpdateTimeToLive(t.Context(), &dynamodb.UpdateTimeToLiveInput{
		TableName: aws.String(table.ID),
		// TimeToLiveSpecification: &types.TimeToLiveSpecification{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-time-to-live", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateTimeToLive(t.Context(), &dynamodb.UpdateTimeToLiveInput{
			// TableName: aws.String("__TableName__"),
			// TimeToLiveSpecification: &types.TimeToLiveSpecification{},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("UpdateTimeToLive: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("update-time-to-live-resource-not-found-exception", err)
	}
}
