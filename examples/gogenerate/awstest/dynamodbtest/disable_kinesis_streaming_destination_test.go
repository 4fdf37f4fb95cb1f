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

// TestDisableKinesisStreamingDestination is the parity test of DynamoDB DisableKinesisStreamingDestination.
// Stops replication from the DynamoDB table to the Kinesis data stream.
func TestDisableKinesisStreamingDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbtest.Transformers()...))
	client := newClient(t)
	table := dynamodbtest.CreateTable(t, client)
	out, err := client.DisableKinesisStreamingDestination(t.Context(), &dynamodb.DisableKinesisStreamingDestinationInput{
		TableName: aws.String(table.ID),
		// StreamArn: aws.String("__StreamArn__"), // required
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-kinesis-streaming-destination", out)

	// The modelled error ResourceNotFoundException, recorded as AWS returns it: give the call
	// an input that fails with it (an identifier that does not exist, say).
	{
		_, err := client.DisableKinesisStreamingDestination(t.Context(), &dynamodb.DisableKinesisStreamingDestinationInput{
			// TableName: aws.String("__TableName__"),
			// StreamArn: aws.String("__StreamArn__"),
		})
		var apiErr smithy.APIError
		if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ResourceNotFoundException" {
			t.Fatalf("DisableKinesisStreamingDestination: got %v, want the modelled error ResourceNotFoundException", err)
		}
		snap.Match("disable-kinesis-streaming-destination-resource-not-found-exception", err)
	}
}
