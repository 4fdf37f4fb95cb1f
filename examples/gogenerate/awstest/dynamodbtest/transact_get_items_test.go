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

// TestTransactGetItems is the parity test of DynamoDB TransactGetItems.
// TransactGetItems is a synchronous operation that atomically retrieves
// multiple items from one or more tables (but not from indexes) in a single
// account and Region.
func TestTransactGetItems(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.TransactGetItems(t.Context(), &dynamodb.TransactGetItemsInput{
		// TransactItems: []types.TransactGetItem{types.TransactGetItem{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("transact-get-items", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.TransactGetItems(t.Context(), &dynamodb.TransactGetItemsInput{
			// TransactItems: []types.TransactGetItem{types.TransactGetItem{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("TransactGetItems: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("transact-get-items-resource-not-found-exception", err)
	}
}
