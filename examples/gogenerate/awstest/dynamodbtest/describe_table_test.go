package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTable is the parity test of DynamoDB DescribeTable.
// DescribeTable: Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.
func TestDescribeTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	var table *string
	dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) { table = in.TableName })
	out, err := client.DescribeTable(t.Context(), &dynamodb.DescribeTableInput{
		TableName: table,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-table", out)
}
