package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateBackup is the parity test of DynamoDB CreateBackup.
// Creates a backup for an existing table.
func TestCreateBackup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	// dynamodbtest.CreateBackup calls CreateBackup with this input and deletes the Backup when the test ends.
	created := dynamodbtest.CreateBackup(t, client, func(o *dynamodbtest.CreateBackupOptions) {
		// o.Input.TableName = aws.String("__TableName__") // required; the fixture sets it
		// o.Input.BackupName = aws.String("__BackupName__") // required; the fixture sets it
	})
	out := created.Output
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
