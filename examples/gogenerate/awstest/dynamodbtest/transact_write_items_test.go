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

// TestTransactWriteItems is the parity test of DynamoDB TransactWriteItems.
// TransactWriteItems is a synchronous write operation that groups up to 100
// action requests.
func TestTransactWriteItems(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.TransactWriteItems(t.Context(), &dynamodb.TransactWriteItemsInput{
		// TransactItems: []types.TransactWriteItem{types.TransactWriteItem{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("transact-write-items", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.TransactWriteItems(t.Context(), &dynamodb.TransactWriteItemsInput{
			// TransactItems: []types.TransactWriteItem{types.TransactWriteItem{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("TransactWriteItems: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("transact-write-items-resource-not-found-exception", err)
	}
}
