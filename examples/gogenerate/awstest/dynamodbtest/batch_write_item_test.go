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

// TestBatchWriteItem is the parity test of DynamoDB BatchWriteItem.
// The BatchWriteItem operation puts or deletes multiple items in one or more
// tables.
func TestBatchWriteItem(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchWriteItem(t.Context(), &dynamodb.BatchWriteItemInput{
		// RequestItems: map[string][]types.WriteRequest{"__key__": []types.WriteRequest{types.WriteRequest{}}}, // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-write-item", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.BatchWriteItem(t.Context(), &dynamodb.BatchWriteItemInput{
			// RequestItems: map[string][]types.WriteRequest{"__key__": []types.WriteRequest{types.WriteRequest{}}},
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("BatchWriteItem: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("batch-write-item-resource-not-found-exception", err)
	}
}
