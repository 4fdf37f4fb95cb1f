package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRestoreTableFromBackup is the parity test of DynamoDB RestoreTableFromBackup.
// Creates a new table from an existing backup.
func TestRestoreTableFromBackup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.RestoreTableFromBackup(t.Context(), &dynamodb.RestoreTableFromBackupInput{
		// TargetTableName: aws.String("__TargetTableName__"), // required
		// BackupArn: aws.String("__BackupArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-table-from-backup", out)
}
