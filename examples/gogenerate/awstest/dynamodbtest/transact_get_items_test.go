package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
