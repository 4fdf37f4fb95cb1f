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

// TestDeleteBackup is the parity test of DynamoDB DeleteBackup.
// Deletes an existing backup of a table.
func TestDeleteBackup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	backup := dynamodbtest.CreateBackup(t, client)
	out, err := client.DeleteBackup(t.Context(), &dynamodb.DeleteBackupInput{
		BackupArn: aws.String(backup.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-backup", out)

	// The modelled error BackupNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DeleteBackup(t.Context(), &dynamodb.DeleteBackupInput{
			// BackupArn: aws.String("__BackupArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "BackupNotFoundException" {
			t.Fatalf("DeleteBackup: got %v, want the modelled error BackupNotFoundException", err)
		}
		snap.Match("delete-backup-backup-not-found-exception", err)
	}
}
