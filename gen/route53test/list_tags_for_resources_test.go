package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTagsForResources is the parity test of Route 53 ListTagsForResources.
// ListTagsForResources: Lists tags for up to 10 health checks or hosted zones.
func TestListTagsForResources(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListTagsForResources(t.Context(), &route53.ListTagsForResourcesInput{
		// ResourceType: types.TagResourceType (required)
		// ResourceIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-tags-for-resources", out)
}
