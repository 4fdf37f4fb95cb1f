package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRecords is the parity test of Kinesis PutRecords.
// PutRecords: Writes multiple data records into a Kinesis data stream in a single call (also referred to as a PutRecords request).
func TestPutRecords(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.PutRecords(t.Context(), &kinesis.PutRecordsInput{
		// Records: []types.PutRecordsRequestEntry (required)
		StreamName: stream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-records", out)
}
