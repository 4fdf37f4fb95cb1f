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

// TestExecuteStatement is the parity test of DynamoDB ExecuteStatement.
// This operation allows you to perform reads and singleton writes on data
// stored in DynamoDB, using PartiQL.
func TestExecuteStatement(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ExecuteStatement(t.Context(), &dynamodb.ExecuteStatementInput{
		// Statement: aws.String("__Statement__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("execute-statement", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ExecuteStatement(t.Context(), &dynamodb.ExecuteStatementInput{
			// Statement: aws.String("__Statement__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("ExecuteStatement: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("execute-statement-resource-not-found-exception", err)
	}
}
