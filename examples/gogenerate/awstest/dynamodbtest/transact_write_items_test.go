package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
