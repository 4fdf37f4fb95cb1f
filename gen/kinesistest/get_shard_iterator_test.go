package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetShardIterator is the parity test of Kinesis GetShardIterator.
// GetShardIterator: Gets an Amazon Kinesis shard iterator.
func TestGetShardIterator(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.GetShardIterator(t.Context(), &kinesis.GetShardIteratorInput{
		StreamName: stream,
		// ShardId: *string (required)
		// ShardIteratorType: types.ShardIteratorType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-shard-iterator", out)
}
