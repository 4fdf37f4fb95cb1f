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

// TestBatchExecuteStatement is the parity test of DynamoDB BatchExecuteStatement.
// This operation allows you to perform batch reads or writes on data stored in
// DynamoDB, using PartiQL.
func TestBatchExecuteStatement(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchExecuteStatement(t.Context(), &dynamodb.BatchExecuteStatementInput{
		// Statements: []types.BatchStatementRequest{types.BatchStatementRequest{}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-execute-statement", out)

	// The modelled error RequestLimitExceeded, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.BatchExecuteStatement(t.Context(), &dynamodb.BatchExecuteStatementInput{
			// Statements: []types.BatchStatementRequest{types.BatchStatementRequest{}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "RequestLimitExceeded" {
			t.Fatalf("BatchExecuteStatement: got %v, want the modelled error RequestLimitExceeded", err)
		}
		snap.Match("batch-execute-statement-request-limit-exceeded", err)
	}
}
