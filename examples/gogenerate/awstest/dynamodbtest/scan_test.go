package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestScan is the parity test of DynamoDB Scan.
// Scan: The Scan operation returns one or more items and item attributes by accessing every item in a table or a secondary index.
func TestScan(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	var table *string
	dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) { table = in.TableName })
	out, err := client.Scan(t.Context(), &dynamodb.ScanInput{
		TableName: table,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("scan", out)
}
