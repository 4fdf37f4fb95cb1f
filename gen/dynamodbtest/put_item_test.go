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

// TestPutItem is the parity test of DynamoDB PutItem.
// Creates a new item, or replaces an old item with a new item.
func TestPutItem(t *testing.T) {
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := aws.String(dynamodbtest.CreateTable(t, client).ID)
	out, err := client.PutItem(t.Context(), &dynamodb.PutItemInput{
		TableName: table,
		Item: map[string]types.AttributeValue{
			"pk":    &types.AttributeValueMemberS{Value: "item-1"},
			"count": &types.AttributeValueMemberN{Value: "1"},
		},
		ReturnValues: types.ReturnValueAllOld,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-item", out)
}
