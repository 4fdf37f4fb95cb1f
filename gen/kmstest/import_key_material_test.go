package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportKeyMaterial is the parity test of KMS ImportKeyMaterial.
// ImportKeyMaterial: Imports or reimports key material into an existing KMS key that was created without key material.
func TestImportKeyMaterial(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.ImportKeyMaterial(t.Context(), &kms.ImportKeyMaterialInput{
		KeyId: key.KeyMetadata.KeyId,
		// ImportToken: []byte (required)
		// EncryptedKeyMaterial: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-key-material", out)
}
