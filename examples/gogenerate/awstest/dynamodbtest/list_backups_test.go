package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListBackups is the parity test of DynamoDB ListBackups.
// ListBackups: List DynamoDB backups that are associated with an Amazon Web Services account and weren't made with Amazon Web Services Backup.
func TestListBackups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	var table *string
	dynamodbtest.CreateTable(t, client, func(in *dynamodb.CreateTableInput) { table = in.TableName })
	out, err := client.ListBackups(t.Context(), &dynamodb.ListBackupsInput{
		TableName: table,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-backups", out)
}
