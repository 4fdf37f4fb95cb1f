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

// TestDescribeImport is the parity test of DynamoDB DescribeImport.
// Represents the properties of the import.
func TestDescribeImport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeImport(t.Context(), &dynamodb.DescribeImportInput{
		// ImportArn: aws.String("__ImportArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-import", out)

	// The modelled error ImportNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DescribeImport(t.Context(), &dynamodb.DescribeImportInput{
			// ImportArn: aws.String("__ImportArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ImportNotFoundException" {
			t.Fatalf("DescribeImport: got %v, want the modelled error ImportNotFoundException", err)
		}
		snap.Match("describe-import-import-not-found-exception", err)
	}
}
