package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterStreamConsumer is the parity test of Kinesis RegisterStreamConsumer.
// RegisterStreamConsumer: Registers a consumer with a Kinesis data stream.
func TestRegisterStreamConsumer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.RegisterStreamConsumer(t.Context(), &kinesis.RegisterStreamConsumerInput{
		// StreamARN: *string (required)
		// ConsumerName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-stream-consumer", out)
}
