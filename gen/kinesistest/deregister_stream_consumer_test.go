package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterStreamConsumer is the parity test of Kinesis DeregisterStreamConsumer.
// DeregisterStreamConsumer: To deregister a consumer, provide its ARN.
func TestDeregisterStreamConsumer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.DeregisterStreamConsumer(t.Context(), &kinesis.DeregisterStreamConsumerInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-stream-consumer", out)
}
