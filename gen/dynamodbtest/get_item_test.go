package dynamodbtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/awsparity/awsparity/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetItem is the parity test of DynamoDB GetItem.
// The GetItem operation returns a set of attributes for the item with the given
// primary key.
func TestGetItem(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := aws.String(dynamodbtest.CreateTable(t, client).ID)
	item := map[string]types.AttributeValue{
		"pk":    &types.AttributeValueMemberS{Value: "item-1"},
		"count": &types.AttributeValueMemberN{Value: "1"},
		"tags":  &types.AttributeValueMemberSS{Value: []string{"a", "b"}},
	}
	if _, err := client.PutItem(t.Context(), &dynamodb.PutItemInput{TableName: table, Item: item}); err != nil {
		t.Fatal(err)
	}
	out, err := client.GetItem(t.Context(), &dynamodb.GetItemInput{
		TableName:      table,
		Key:            map[string]types.AttributeValue{"pk": item["pk"]},
		ConsistentRead: aws.Bool(true),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-item", out)
}
