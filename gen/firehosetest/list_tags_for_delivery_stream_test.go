package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTagsForDeliveryStream is the parity test of Firehose ListTagsForDeliveryStream.
// ListTagsForDeliveryStream: Lists the tags for the specified Firehose stream.
func TestListTagsForDeliveryStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	var deliveryStream *string
	firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) { deliveryStream = in.DeliveryStreamName })
	out, err := client.ListTagsForDeliveryStream(t.Context(), &firehose.ListTagsForDeliveryStreamInput{
		DeliveryStreamName: deliveryStream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-tags-for-delivery-stream", out)
}
