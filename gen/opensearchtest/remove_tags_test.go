package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveTags is the parity test of OpenSearch RemoveTags.
// RemoveTags: Removes the specified set of tags from an Amazon OpenSearch Service domain, data source, or application.
func TestRemoveTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.RemoveTags(t.Context(), &opensearch.RemoveTagsInput{
		// ARN: *string (required)
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-tags", out)
}
