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

// TestUpdateGlobalTable is the parity test of DynamoDB UpdateGlobalTable.
// Adds or removes replicas in the specified global table.
func TestUpdateGlobalTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateGlobalTable(t.Context(), &dynamodb.UpdateGlobalTableInput{
		// GlobalTableName: aws.String("__GlobalTableName__"), // required
		// ReplicaUpdates: []types.ReplicaUpdate{types.ReplicaUpdate{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-global-table", out)

	// The modelled error GlobalTableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateGlobalTable(t.Context(), &dynamodb.UpdateGlobalTableInput{
			// GlobalTableName: aws.String("__GlobalTableName__"),
			// ReplicaUpdates: []types.ReplicaUpdate{types.ReplicaUpdate{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "GlobalTableNotFoundException" {
			t.Fatalf("UpdateGlobalTable: got %v, want the modelled error GlobalTableNotFoundException", err)
		}
		snap.Match("update-global-table-global-table-not-found-exception", err)
	}
}
