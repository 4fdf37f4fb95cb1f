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

// TestGetItem is the parity test of DynamoDB GetItem.
// The GetItem operation returns a set of attributes for the item with the given
// primary key.
func TestGetItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.GetItem(t.Context(), &dynamodb.GetItemInput{
		TableName: aws.String(table.ID),
		// Key: map[string]types.AttributeValue{"__key__": &types.AttributeValueMemberS{Value: "__Key__"}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-item", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.GetItem(t.Context(), &dynamodb.GetItemInput{
			// TableName: aws.String("__TableName__"),
			// Key: map[string]types.AttributeValue{"__key__": &types.AttributeValueMemberS{Value: "__Key__"}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("GetItem: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("get-item-resource-not-found-exception", err)
	}
}
