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

// TestListExports is the parity test of DynamoDB ListExports.
// Lists completed exports within the past 90 days, in reverse alphanumeric
// order of ExportArn.
func TestListExports(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListExports(t.Context(), &dynamodb.ListExportsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-exports", out)

	// The modelled error LimitExceededException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ListExports(t.Context(), &dynamodb.ListExportsInput{})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "LimitExceededException" {
			t.Fatalf("ListExports: got %v, want the modelled error LimitExceededException", err)
		}
		snap.Match("list-exports-limit-exceeded-exception", err)
	}
}
