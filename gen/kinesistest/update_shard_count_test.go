package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateShardCount is the parity test of Kinesis UpdateShardCount.
// UpdateShardCount: Updates the shard count of the specified stream to the specified number of shards.
func TestUpdateShardCount(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.UpdateShardCount(t.Context(), &kinesis.UpdateShardCountInput{
		StreamName: stream,
		// TargetShardCount: *int32 (required)
		// ScalingType: types.ScalingType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-shard-count", out)
}
