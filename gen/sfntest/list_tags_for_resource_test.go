package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTagsForResource is the parity test of SFN ListTagsForResource.
// ListTagsForResource: List tags for a given resource.
func TestListTagsForResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	out, err := client.ListTagsForResource(t.Context(), &sfn.ListTagsForResourceInput{
		// ResourceArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-tags-for-resource", out)
}
