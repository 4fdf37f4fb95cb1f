package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
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
}
