package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartStreamEncryption is the parity test of Kinesis StartStreamEncryption.
// StartStreamEncryption: Enables or updates server-side encryption using an Amazon Web Services KMS key for a specified stream.
func TestStartStreamEncryption(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.StartStreamEncryption(t.Context(), &kinesis.StartStreamEncryptionInput{
		StreamName: stream,
		// EncryptionType: types.EncryptionType (required)
		// KeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-stream-encryption", out)
}
