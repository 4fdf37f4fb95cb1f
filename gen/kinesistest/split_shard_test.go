package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSplitShard is the parity test of Kinesis SplitShard.
// SplitShard: Splits a shard into two new shards in the Kinesis data stream, to increase the stream's capacity to ingest and transport data.
func TestSplitShard(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.SplitShard(t.Context(), &kinesis.SplitShardInput{
		StreamName: stream,
		// ShardToSplit: *string (required)
		// NewStartingHashKey: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("split-shard", out)
}
