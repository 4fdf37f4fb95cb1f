package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListStreamConsumers is the parity test of Kinesis ListStreamConsumers.
// ListStreamConsumers: Lists the consumers registered to receive data from a stream using enhanced fan-out, and provides information about each consumer.
func TestListStreamConsumers(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.ListStreamConsumers(t.Context(), &kinesis.ListStreamConsumersInput{
		// StreamARN: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-stream-consumers", out)
}
