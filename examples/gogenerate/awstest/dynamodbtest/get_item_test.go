package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetItem is the parity test of DynamoDB GetItem.
// GetItem: The GetItem operation returns a set of attributes for the item with the given primary key.
func TestGetItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	var table *string
	dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) { table = in.TableName })
	out, err := client.GetItem(t.Context(), &dynamodb.GetItemInput{
		TableName: table,
		// Key: map[string]types.AttributeValue (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-item", out)
}
