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

// TestDescribeGlobalTable is the parity test of DynamoDB DescribeGlobalTable.
// Returns information about the specified global table.
func TestDescribeGlobalTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeGlobalTable(t.Context(), &dynamodb.DescribeGlobalTableInput{
		// GlobalTableName: aws.String("__GlobalTableName__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-global-table", out)

	// The modelled error GlobalTableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DescribeGlobalTable(t.Context(), &dynamodb.DescribeGlobalTableInput{
			// GlobalTableName: aws.String("__GlobalTableName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "GlobalTableNotFoundException" {
			t.Fatalf("DescribeGlobalTable: got %v, want the modelled error GlobalTableNotFoundException", err)
		}
		snap.Match("describe-global-table-global-table-not-found-exception", err)
	}
}
