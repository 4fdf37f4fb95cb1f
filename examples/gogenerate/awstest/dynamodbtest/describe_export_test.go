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

// TestDescribeExport is the parity test of DynamoDB DescribeExport.
// Describes an existing table export.
func TestDescribeExport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeExport(t.Context(), &dynamodb.DescribeExportInput{
		// ExportArn: aws.String("__ExportArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-export", out)

	// The modelled error ExportNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DescribeExport(t.Context(), &dynamodb.DescribeExportInput{
			// ExportArn: aws.String("__ExportArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ExportNotFoundException" {
			t.Fatalf("DescribeExport: got %v, want the modelled error ExportNotFoundException", err)
		}
		snap.Match("describe-export-export-not-found-exception", err)
	}
}
