package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCustomKeyStore is the parity test of KMS CreateCustomKeyStore.
// CreateCustomKeyStore: Creates a custom key store backed by a key store that you own and manage.
func TestCreateCustomKeyStore(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	// kmstest.CreateCustomKeyStore calls CreateCustomKeyStore with the input below and deletes the CustomKeyStore when the test ends.
	out := kmstest.CreateCustomKeyStore(t, client, func(in *kms.CreateCustomKeyStoreInput) {
		// in.CustomKeyStoreName = *string (required; the fixture sets it)
	})
	snap.Match("create-custom-key-store", out)
}
