package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestRegisterStreamConsumer is the parity test of Kinesis RegisterStreamConsumer.
// RegisterStreamConsumer: Registers a consumer with a Kinesis data stream.
func TestRegisterStreamConsumer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	// kinesistest.CreateStreamConsumer calls RegisterStreamConsumer with the input below and deletes the StreamConsumer when the test ends.
	out := kinesistest.CreateStreamConsumer(t, client, func(in *kinesis.RegisterStreamConsumerInput) {
		// in.StreamARN = *string (required)
		// in.ConsumerName = *string (required; the fixture sets it)
	})
	snap.Match("register-stream-consumer", out)
}
