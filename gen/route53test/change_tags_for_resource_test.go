package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestChangeTagsForResource is the parity test of Route 53 ChangeTagsForResource.
// ChangeTagsForResource: Adds, edits, or deletes tags for a health check or a hosted zone.
func TestChangeTagsForResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ChangeTagsForResource(t.Context(), &route53.ChangeTagsForResourceInput{
		// ResourceType: types.TagResourceType (required)
		// ResourceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("change-tags-for-resource", out)
}
