package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
