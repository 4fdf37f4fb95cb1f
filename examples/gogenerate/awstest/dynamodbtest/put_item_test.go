package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutItem is the parity test of DynamoDB PutItem.
// Creates a new item, or replaces an old item with a new item.
func TestPutItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.PutItem(t.Context(), &dynamodb.PutItemInput{
		TableName: aws.String(table.ID),
		// Item: map[string]types.AttributeValue{"__key__": &types.AttributeValueMemberS{Value: "__Item__"}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-item", out)
}
