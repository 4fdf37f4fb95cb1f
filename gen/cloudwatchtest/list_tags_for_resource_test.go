package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTagsForResource is the parity test of CloudWatch ListTagsForResource.
// ListTagsForResource: Displays the tags associated with a CloudWatch resource.
func TestListTagsForResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListTagsForResource(t.Context(), &cloudwatch.ListTagsForResourceInput{
		// ResourceARN: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-tags-for-resource", out)
}
