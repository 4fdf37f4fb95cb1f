package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveTagsFromStream is the parity test of Kinesis RemoveTagsFromStream.
// RemoveTagsFromStream: Removes tags from the specified Kinesis data stream.
func TestRemoveTagsFromStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	var stream *string
	kinesistest.CreateStream(t, client, func(in *kinesis.CreateStreamInput) { stream = in.StreamName })
	out, err := client.RemoveTagsFromStream(t.Context(), &kinesis.RemoveTagsFromStreamInput{
		StreamName: stream,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-tags-from-stream", out)
}
