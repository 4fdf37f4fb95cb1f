package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGenerateRandom is the parity test of KMS GenerateRandom.
// GenerateRandom: Returns a random byte string that is cryptographically secure.
func TestGenerateRandom(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	customKeyStore := kmstest.CreateCustomKeyStore(t, client)
	out, err := client.GenerateRandom(t.Context(), &kms.GenerateRandomInput{
		CustomKeyStoreId: customKeyStore.CustomKeyStoreId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("generate-random", out)
}
