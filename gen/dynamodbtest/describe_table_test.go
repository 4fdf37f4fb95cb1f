package dynamodbtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTable is the parity test of DynamoDB DescribeTable.
// Returns information about the table, including the current status of the
// table, when it was created, the primary key schema, and any indexes on the
// table.
func TestDescribeTable(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := aws.String(dynamodbtest.CreateTable(t, client).ID)
	out, err := client.DescribeTable(t.Context(), &dynamodb.DescribeTableInput{
		TableName: table,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	// dynalite's TableId is random but not a UUID, which the always-on rules would number.
	snap.Match("describe-table", out, snapshot.WithTransformers(snapshot.Identifiers("TableId")))
}
