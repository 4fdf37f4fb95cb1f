package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestExportTableToPointInTime is the parity test of DynamoDB ExportTableToPointInTime.
// Exports table data to an S3 bucket.
func TestExportTableToPointInTime(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ExportTableToPointInTime(t.Context(), &dynamodb.ExportTableToPointInTimeInput{
		// TableArn: aws.String("__TableArn__"), // required
		// S3Bucket: aws.String("__S3Bucket__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("export-table-to-point-in-time", out)
}
