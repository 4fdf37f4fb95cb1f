package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveTagsFromResource is the parity test of SSM RemoveTagsFromResource.
// RemoveTagsFromResource: Removes tag keys from the specified resource.
func TestRemoveTagsFromResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.RemoveTagsFromResource(t.Context(), &ssm.RemoveTagsFromResourceInput{
		// ResourceType: types.ResourceTypeForTagging (required)
		// ResourceId: *string (required)
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-tags-from-resource", out)
}
