package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSubscribeToShard is the parity test of Kinesis SubscribeToShard.
// SubscribeToShard: This operation establishes an HTTP/2 connection between the consumer you specify in the ConsumerARN parameter and the shard you specify in the ShardId parameter.
func TestSubscribeToShard(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.SubscribeToShard(t.Context(), &kinesis.SubscribeToShardInput{
		// ConsumerARN: *string (required)
		// ShardId: *string (required)
		// StartingPosition: *types.StartingPosition (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("subscribe-to-shard", out)
}
