package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStopDeliveryStreamEncryption is the parity test of Firehose StopDeliveryStreamEncryption.
// StopDeliveryStreamEncryption: Disables server-side encryption (SSE) for the Firehose stream.
func TestStopDeliveryStreamEncryption(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	var deliveryStream *string
	firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) { deliveryStream = in.DeliveryStreamName })
	out, err := client.StopDeliveryStreamEncryption(t.Context(), &firehose.StopDeliveryStreamEncryptionInput{
		DeliveryStreamName: deliveryStream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("stop-delivery-stream-encryption", out)
}
