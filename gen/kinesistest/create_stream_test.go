package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateStream is the parity test of Kinesis CreateStream.
// CreateStream: Creates a Kinesis data stream.
func TestCreateStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	// kinesistest.CreateStream calls CreateStream with the input below and deletes the Stream when the test ends.
	out := kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) {
		// in.StreamName = *string (required; the fixture sets it)
	})
	snap.Match("create-stream", out)
}
