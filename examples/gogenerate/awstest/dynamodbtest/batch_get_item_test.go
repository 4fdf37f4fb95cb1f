package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestBatchGetItem is the parity test of DynamoDB BatchGetItem.
// The BatchGetItem operation returns the attributes of one or more items from
// one or more tables.
func TestBatchGetItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchGetItem(t.Context(), &dynamodb.BatchGetItemInput{
		// RequestItems: map[string]types.KeysAndAttributes{"__key__": types.KeysAndAttributes{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-get-item", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.BatchGetItem(t.Context(), &dynamodb.BatchGetItemInput{
			// RequestItems: map[string]types.KeysAndAttributes{"__key__": types.KeysAndAttributes{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("BatchGetItem: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("batch-get-item-resource-not-found-exception", err)
	}
}
