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

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ExecuteTransaction(t.Context(), &dynamodb.ExecuteTransactionInput{
			// TransactStatements: []types.ParameterizedStatement{types.ParameterizedStatement{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("ExecuteTransaction: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("execute-transaction-resource-not-found-exception", err)
	}
}
