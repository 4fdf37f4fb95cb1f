package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddTagsToResource is the parity test of SSM AddTagsToResource.
// AddTagsToResource: Adds or overwrites one or more tags for the specified resource.
func TestAddTagsToResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.AddTagsToResource(t.Context(), &ssm.AddTagsToResourceInput{
		// ResourceType: types.ResourceTypeForTagging (required)
		// ResourceId: *string (required)
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-tags-to-resource", out)
}
