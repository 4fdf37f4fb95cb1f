package firehosetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/awsparity/awsparity/gen/firehosetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRecordBatch is the parity test of Firehose PutRecordBatch.
// PutRecordBatch: Writes multiple data records into a Firehose stream in a single call, which can achieve higher throughput per producer than when writing single records.
func TestPutRecordBatch(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(firehosetest.Transformers()...))
	client := newClient(t)
	var deliveryStream *string
	firehosetest.CreateDeliveryStream(t, client, func(in *firehose.CreateDeliveryStreamInput) { deliveryStream = in.DeliveryStreamName })
	out, err := client.PutRecordBatch(t.Context(), &firehose.PutRecordBatchInput{
		DeliveryStreamName: deliveryStream,
		// Records: []types.Record (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-record-batch", out)
}
