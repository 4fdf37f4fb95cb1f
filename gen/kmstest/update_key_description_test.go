package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateKeyDescription is the parity test of KMS UpdateKeyDescription.
// UpdateKeyDescription: Updates the description of a KMS key.
func TestUpdateKeyDescription(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.UpdateKeyDescription(t.Context(), &kms.UpdateKeyDescriptionInput{
		KeyId: key.KeyMetadata.KeyId,
		// Description: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-key-description", out)
}
