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

// TestCreateGlobalTable is the parity test of DynamoDB CreateGlobalTable.
// Creates a global table from an existing table.
func TestCreateGlobalTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateGlobalTable(t.Context(), &dynamodb.CreateGlobalTableInput{
		// GlobalTableName: aws.String("__GlobalTableName__"), // required
		// ReplicationGroup: []types.Replica{types.Replica{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-global-table", out)

	// The modelled error TableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CreateGlobalTable(t.Context(), &dynamodb.CreateGlobalTableInput{
			// GlobalTableName: aws.String("__GlobalTableName__"),
			// ReplicationGroup: []types.Replica{types.Replica{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "TableNotFoundException" {
			t.Fatalf("CreateGlobalTable: got %v, want the modelled error TableNotFoundException", err)
		}
		snap.Match("create-global-table-table-not-found-exception", err)
	}
}
