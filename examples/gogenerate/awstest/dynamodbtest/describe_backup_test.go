package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeBackup is the parity test of DynamoDB DescribeBackup.
// Describes an existing backup of a table.
func TestDescribeBackup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeBackup(t.Context(), &dynamodb.DescribeBackupInput{
		// BackupArn: aws.String("__BackupArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-backup", out)
}
