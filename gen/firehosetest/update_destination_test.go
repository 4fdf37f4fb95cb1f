package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateDestination is the parity test of Firehose UpdateDestination.
// UpdateDestination: Updates the specified destination of the specified Firehose stream.
func TestUpdateDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	var deliveryStream *string
	firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) { deliveryStream = in.DeliveryStreamName })
	out, err := client.UpdateDestination(t.Context(), &firehose.UpdateDestinationInput{
		DeliveryStreamName: deliveryStream,
		// CurrentDeliveryStreamVersionId: *string (required)
		// DestinationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-destination", out)
}
