package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagResource is the parity test of KMS TagResource.
// TagResource: Adds or edits tags on a customer managed key.
func TestTagResource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.TagResource(t.Context(), &kms.TagResourceInput{
		KeyId: key.KeyMetadata.KeyId,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-resource", out)
}
