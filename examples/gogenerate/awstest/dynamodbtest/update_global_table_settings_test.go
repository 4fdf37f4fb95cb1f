package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
