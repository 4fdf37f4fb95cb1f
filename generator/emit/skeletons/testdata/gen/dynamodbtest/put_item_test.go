package dynamodbtest_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/dynamodbtest"
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
		// Item: map[string]types.AttributeValue{"__key__": types.AttributeValue{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-item", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.PutItem(t.Context(), &dynamodb.PutItemInput{
			// TableName: aws.String("__TableName__"),
			// Item: map[string]types.AttributeValue{"__key__": types.AttributeValue{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("PutItem: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("put-item-resource-not-found-exception", err)
	}
}
