package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateBackup is the parity test of DynamoDB CreateBackup.
// Creates a backup for an existing table.
func TestCreateBackup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.CreateBackup(t.Context(), &dynamodb.CreateBackupInput{
		TableName: aws.String(table.ID),
		// BackupName: aws.String("__BackupName__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-backup", out)

	// The modelled error TableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.CreateBackup(t.Context(), &dynamodb.CreateBackupInput{
			// TableName: aws.String("__TableName__"),
			// BackupName: aws.String("__BackupName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "TableNotFoundException" {
			t.Fatalf("CreateBackup: got %v, want the modelled error TableNotFoundException", err)
		}
		snap.Match("create-backup-table-not-found-exception", err)
	}
}
