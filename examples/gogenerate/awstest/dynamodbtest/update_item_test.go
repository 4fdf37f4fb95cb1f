package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateItem is the parity test of DynamoDB UpdateItem.
// Edits an existing item's attributes, or adds a new item to the table if it
// does not already exist.
func TestUpdateItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.UpdateItem(t.Context(), &dynamodb.UpdateItemInput{
		TableName: aws.String(table.ID),
		// Key: map[string]types.AttributeValue{"__key__": &types.AttributeValueMemberS{Value: "__Key__"}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-item", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateItem(t.Context(), &dynamodb.UpdateItemInput{
			// TableName: aws.String("__TableName__"),
			// Key: map[string]types.AttributeValue{"__key__": &types.AttributeValueMemberS{Value: "__Key__"}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("UpdateItem: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("update-item-resource-not-found-exception", err)
	}
}
