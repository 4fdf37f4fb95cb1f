package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEncrypt is the parity test of KMS Encrypt.
// Encrypt: Encrypts plaintext of up to 4,096 bytes using a KMS key.
func TestEncrypt(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.Encrypt(t.Context(), &kms.EncryptInput{
		KeyId: key.KeyMetadata.KeyId,
		// Plaintext: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("encrypt", out)
}
