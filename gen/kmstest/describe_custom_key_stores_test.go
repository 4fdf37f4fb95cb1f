package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCustomKeyStores is the parity test of KMS DescribeCustomKeyStores.
// DescribeCustomKeyStores: Gets information about custom key stores in the account and Region.
func TestDescribeCustomKeyStores(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	customKeyStore := kmstest.CreateCustomKeyStore(t, client)
	out, err := client.DescribeCustomKeyStores(t.Context(), &kms.DescribeCustomKeyStoresInput{
		CustomKeyStoreId: customKeyStore.CustomKeyStoreId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-custom-key-stores", out)
}
