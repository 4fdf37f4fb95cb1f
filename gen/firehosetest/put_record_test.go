package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRecord is the parity test of Firehose PutRecord.
// PutRecord: Writes a single data record into an Firehose stream.
func TestPutRecord(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	var deliveryStream *string
	firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) { deliveryStream = in.DeliveryStreamName })
	out, err := client.PutRecord(t.Context(), &firehose.PutRecordInput{
		DeliveryStreamName: deliveryStream,
		// Record: *types.Record (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-record", out)
}
