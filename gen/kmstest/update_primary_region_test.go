package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdatePrimaryRegion is the parity test of KMS UpdatePrimaryRegion.
// UpdatePrimaryRegion: Changes the primary key of a multi-Region key.
func TestUpdatePrimaryRegion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.UpdatePrimaryRegion(t.Context(), &kms.UpdatePrimaryRegionInput{
		KeyId: key.KeyMetadata.KeyId,
		// PrimaryRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-primary-region", out)
}
