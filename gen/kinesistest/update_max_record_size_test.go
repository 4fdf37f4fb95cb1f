package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateMaxRecordSize is the parity test of Kinesis UpdateMaxRecordSize.
// UpdateMaxRecordSize: This allows you to update the MaxRecordSize of a single record that you can write to, and read from a stream.
func TestUpdateMaxRecordSize(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateMaxRecordSize(t.Context(), &kinesis.UpdateMaxRecordSizeInput{
		// MaxRecordSizeInKiB: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-max-record-size", out)
}
