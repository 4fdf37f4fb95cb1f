package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteItem is the parity test of DynamoDB DeleteItem.
// DeleteItem: Deletes a single item in a table by primary key.
func TestDeleteItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	var table *string
	dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) { table = in.TableName })
	out, err := client.DeleteItem(t.Context(), &dynamodb.DeleteItemInput{
		TableName: table,
		// Key: map[string]types.AttributeValue (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-item", out)
}
