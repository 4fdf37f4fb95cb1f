package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeriveSharedSecret is the parity test of KMS DeriveSharedSecret.
// DeriveSharedSecret: Derives a shared secret using a key agreement algorithm.
func TestDeriveSharedSecret(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.DeriveSharedSecret(t.Context(), &kms.DeriveSharedSecretInput{
		KeyId: key.KeyMetadata.KeyId,
		// KeyAgreementAlgorithm: types.KeyAgreementAlgorithmSpec (required)
		// PublicKey: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("derive-shared-secret", out)
}
