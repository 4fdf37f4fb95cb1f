package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateStreamWarmThroughput is the parity test of Kinesis UpdateStreamWarmThroughput.
// UpdateStreamWarmThroughput: Updates the warm throughput configuration for the specified Amazon Kinesis Data Streams on-demand data stream.
func TestUpdateStreamWarmThroughput(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.UpdateStreamWarmThroughput(t.Context(), &kinesis.UpdateStreamWarmThroughputInput{
		StreamName: stream,
		// WarmThroughputMiBps: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-stream-warm-throughput", out)
}
