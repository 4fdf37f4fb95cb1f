package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListShards is the parity test of Kinesis ListShards.
// ListShards: Lists the shards in a stream and provides information about each shard.
func TestListShards(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.ListShards(t.Context(), &kinesis.ListShardsInput{
		StreamName: stream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-shards", out)
}
