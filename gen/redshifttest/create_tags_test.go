package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTags is the parity test of Redshift CreateTags.
// CreateTags: Adds tags to a cluster.
func TestCreateTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.CreateTags(t.Context(), &redshift.CreateTagsInput{
		// ResourceName: *string (required)
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-tags", out)
}
