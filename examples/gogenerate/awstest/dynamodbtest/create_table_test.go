package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTable is the parity test of DynamoDB CreateTable.
// CreateTable: The CreateTable operation adds a new table to your account.
func TestCreateTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	// dynamodbtest.CreateTable calls CreateTable with the input below and deletes the Table when the test ends.
	out := dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) {
		// in.TableName = *string (required; the fixture sets it)
	})
	snap.Match("create-table", out)
}
