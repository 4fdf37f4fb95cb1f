package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagResource is the parity test of CloudWatch UntagResource.
// UntagResource: Removes one or more tags from the specified resource.
func TestUntagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.UntagResource(t.Context(), &cloudwatch.UntagResourceInput{
		// ResourceARN: *string (required)
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-resource", out)
}
