package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReEncrypt is the parity test of KMS ReEncrypt.
// ReEncrypt: Decrypts ciphertext and then reencrypts it entirely within KMS.
func TestReEncrypt(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	out, err := client.ReEncrypt(t.Context(), &kms.ReEncryptInput{
		// DestinationKeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("re-encrypt", out)
}
