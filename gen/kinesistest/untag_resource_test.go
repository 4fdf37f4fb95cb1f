package kinesistest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/awsparity/awsparity/gen/kinesistest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagResource is the parity test of Kinesis UntagResource.
// UntagResource: Removes tags from the specified Kinesis resource.
func TestUntagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kinesistest.Transformers()...))
	client := newClient(t)
	out, err := client.UntagResource(t.Context(), &kinesis.UntagResourceInput{
		// TagKeys: []string (required)
		// ResourceARN: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-resource", out)
}
