package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGenerateDataKeyPair is the parity test of KMS GenerateDataKeyPair.
// GenerateDataKeyPair: Returns a unique asymmetric data key pair for use outside of KMS.
func TestGenerateDataKeyPair(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.GenerateDataKeyPair(t.Context(), &kms.GenerateDataKeyPairInput{
		KeyId: key.KeyMetadata.KeyId,
		// KeyPairSpec: types.DataKeyPairSpec (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("generate-data-key-pair", out)
}
