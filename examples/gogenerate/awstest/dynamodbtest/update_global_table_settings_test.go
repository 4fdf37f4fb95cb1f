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

// TestUpdateGlobalTableSettings is the parity test of DynamoDB UpdateGlobalTableSettings.
// Updates settings for a global table.
func TestUpdateGlobalTableSettings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateGlobalTableSettings(t.Context(), &dynamodb.UpdateGlobalTableSettingsInput{
		// GlobalTableName: aws.String("__GlobalTableName__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-global-table-settings", out)

	// The modelled error GlobalTableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateGlobalTableSettings(t.Context(), &dynamodb.UpdateGlobalTableSettingsInput{
			// GlobalTableName: aws.String("__GlobalTableName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "GlobalTableNotFoundException" {
			t.Fatalf("UpdateGlobalTableSettings: got %v, want the modelled error GlobalTableNotFoundException", err)
		}
		snap.Match("update-global-table-settings-global-table-not-found-exception", err)
	}
}
