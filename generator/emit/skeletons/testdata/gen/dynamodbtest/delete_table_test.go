package dynamodbtest_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTable is the parity test of DynamoDB DeleteTable.
// The DeleteTable operation deletes a table and all of its items.
func TestDeleteTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.DeleteTable(t.Context(), &dynamodb.DeleteTableInput{
		TableName: aws.String(table.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-table", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DeleteTable(t.Context(), &dynamodb.DeleteTableInput{
			// TableName: aws.String("__TableName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("DeleteTable: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("delete-table-resource-not-found-exception", err)
	}
}
