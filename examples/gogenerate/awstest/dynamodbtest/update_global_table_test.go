package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
