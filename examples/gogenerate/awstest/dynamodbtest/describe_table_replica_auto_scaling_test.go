package dynamodbtest_test

import (
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTableReplicaAutoScaling is the parity test of DynamoDB DescribeTableReplicaAutoScaling.
// Describes auto scaling settings across replicas of the global table at once.
func TestDescribeTableReplicaAutoScaling(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.DescribeTableReplicaAutoScaling(t.Context(), &dynamodb.DescribeTableReplicaAutoScalingInput{
		TableName: aws.String(table.ID),
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-table-replica-auto-scaling", out)
}
