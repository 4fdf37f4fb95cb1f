package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestExecuteTransaction is the parity test of DynamoDB ExecuteTransaction.
// This operation allows you to perform transactional reads or writes on data
// stored in DynamoDB, using PartiQL.
func TestExecuteTransaction(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ExecuteTransaction(t.Context(), &dynamodb.ExecuteTransactionInput{
		// TransactStatements: []types.ParameterizedStatement{types.ParameterizedStatement{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("execute-transaction", out)
}
