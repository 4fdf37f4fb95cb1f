package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDeliveryStream is the parity test of Firehose CreateDeliveryStream.
// CreateDeliveryStream: Creates a Firehose stream.
func TestCreateDeliveryStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	// firehosetest.CreateDeliveryStream calls CreateDeliveryStream with the input below and deletes the DeliveryStream when the test ends.
	out := firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) {
		// in.DeliveryStreamName = *string (required; the fixture sets it)
	})
	snap.Match("create-delivery-stream", out)
}
