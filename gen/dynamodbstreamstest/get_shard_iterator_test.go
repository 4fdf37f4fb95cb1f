package dynamodbstreamstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodbstreams"
	"github.com/awsparity/awsparity/gen/dynamodbstreamstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetShardIterator is the parity test of DynamoDB Streams GetShardIterator.
// GetShardIterator: Returns a shard iterator.
func TestGetShardIterator(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(dynamodbstreamstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetShardIterator(t.Context(), &dynamodbstreams.GetShardIteratorInput{
		// StreamArn: *string (required)
		// ShardId: *string (required)
		// ShardIteratorType: types.ShardIteratorType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-shard-iterator", out)
}
