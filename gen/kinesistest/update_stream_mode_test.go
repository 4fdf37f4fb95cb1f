package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateStreamMode is the parity test of Kinesis UpdateStreamMode.
// UpdateStreamMode: Updates the capacity mode of the data stream.
func TestUpdateStreamMode(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateStreamMode(t.Context(), &kinesis.UpdateStreamModeInput{
		// StreamARN: *string (required)
		// StreamModeDetails: *types.StreamModeDetails (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-stream-mode", out)
}
