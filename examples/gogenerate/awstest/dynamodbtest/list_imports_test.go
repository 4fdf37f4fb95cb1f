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

// TestListImports is the parity test of DynamoDB ListImports.
// Lists completed imports within the past 90 days.
func TestListImports(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListImports(t.Context(), &dynamodb.ListImportsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-imports", out)

	// The modelled error LimitExceededException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListImports(t.Context(), &dynamodb.ListImportsInput{})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "LimitExceededException" {
			t.Fatalf("ListImports: got %v, want the modelled error LimitExceededException", err)
		}
		snap.Match("list-imports-limit-exceeded-exception", err)
	}
}
