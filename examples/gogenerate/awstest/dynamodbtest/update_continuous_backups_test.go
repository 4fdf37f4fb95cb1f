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

// TestUpdateContinuousBackups is the parity test of DynamoDB UpdateContinuousBackups.
// UpdateContinuousBackups enables or disables point in time recovery for the
// specified table.
func TestUpdateContinuousBackups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.UpdateContinuousBackups(t.Context(), &dynamodb.UpdateContinuousBackupsInput{
		TableName: aws.String(table.ID),
		// PointInTimeRecoverySpecification: &types.PointInTimeRecoverySpecification{}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-continuous-backups", out)

	// The modelled error TableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.UpdateContinuousBackups(t.Context(), &dynamodb.UpdateContinuousBackupsInput{
			// TableName: aws.String("__TableName__"),
			// PointInTimeRecoverySpecification: &types.PointInTimeRecoverySpecification{},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "TableNotFoundException" {
			t.Fatalf("UpdateContinuousBackups: got %v, want the modelled error TableNotFoundException", err)
		}
		snap.Match("update-continuous-backups-table-not-found-exception", err)
	}
}
