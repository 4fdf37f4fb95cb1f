package dynamodbtest_test

import (
	"errors"
	"testing"

	"example.com/shop/awstest/dynamodbtest"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/smithy-go"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRestoreTableToPointInTime is the parity test of DynamoDB RestoreTableToPointInTime.
// Restores the specified table to the specified point in time within
// EarliestRestorableDateTime and LatestRestorableDateTime.
func TestRestoreTableToPointInTime(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.RestoreTableToPointInTime(t.Context(), &dynamodb.RestoreTableToPointInTimeInput{
		// TargetTableName: aws.String("__TargetTableName__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-table-to-point-in-time", out)

	// The modelled error TableNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.RestoreTableToPointInTime(t.Context(), &dynamodb.RestoreTableToPointInTimeInput{
			// TargetTableName: aws.String("__TargetTableName__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "TableNotFoundException" {
			t.Fatalf("RestoreTableToPointInTime: got %v, want the modelled error TableNotFoundException", err)
		}
		snap.Match("restore-table-to-point-in-time-table-not-found-exception", err)
	}
}
