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

// TestImportTable is the parity test of DynamoDB ImportTable.
// Imports table data from an S3 bucket.
func TestImportTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.ImportTable(t.Context(), &dynamodb.ImportTableInput{
		// S3BucketSource: &types.S3BucketSource{}, // required
		// InputFormat: types.InputFormatDynamodbJson, // required
		// TableCreationParameters: &types.TableCreationParameters{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-table", out)

	// The modelled error ResourceInUseException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.ImportTable(t.Context(), &dynamodb.ImportTableInput{
			// S3BucketSource: &types.S3BucketSource{},
			// InputFormat: types.InputFormatDynamodbJson,
			// TableCreationParameters: &types.TableCreationParameters{},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceInUseException" {
			t.Fatalf("ImportTable: got %v, want the modelled error ResourceInUseException", err)
		}
		snap.Match("import-table-resource-in-use-exception", err)
	}
}
