package dynamodbtest_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/generator/emit/skeletons/testdata/gen/dynamodbtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTable is the parity test of DynamoDB CreateTable.
// The CreateTable operation adds a new table to your account.
func TestCreateTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	// dynamodbtest.CreateTable calls CreateTable with this input and deletes the Table when the test ends.
	created := dynamodbtest.CreateTable(t, client, func(o *dynamodbtest.CreateTableOptions) {
		// o.Input.TableName = aws.String("__TableName__") // required; the fixture sets it
	})
	out := created.Output
	snap.Match("create-table", out)

	// The modelled error ResourceInUseException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CreateTable(t.Context(), &dynamodb.CreateTableInput{
			// TableName: aws.String("__TableName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceInUseException" {
			t.Fatalf("CreateTable: got %v, want the modelled error ResourceInUseException", err)
		}
		snap.Match("create-table-resource-in-use-exception", err)
	}
}
