package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCustomKeyStore is the parity test of KMS UpdateCustomKeyStore.
// UpdateCustomKeyStore: Changes the properties of a custom key store.
func TestUpdateCustomKeyStore(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	customKeyStore := kmstest.CreateCustomKeyStore(t, client)
	out, err := client.UpdateCustomKeyStore(t.Context(), &kms.UpdateCustomKeyStoreInput{
		CustomKeyStoreId: customKeyStore.CustomKeyStoreId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-custom-key-store", out)
}
