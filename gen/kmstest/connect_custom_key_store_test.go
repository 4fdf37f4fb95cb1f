package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestConnectCustomKeyStore is the parity test of KMS ConnectCustomKeyStore.
// ConnectCustomKeyStore: Connects or reconnects a custom key store to its backing key store.
func TestConnectCustomKeyStore(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	customKeyStore := kmstest.CreateCustomKeyStore(t, client)
	out, err := client.ConnectCustomKeyStore(t.Context(), &kms.ConnectCustomKeyStoreInput{
		CustomKeyStoreId: customKeyStore.CustomKeyStoreId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("connect-custom-key-store", out)
}
