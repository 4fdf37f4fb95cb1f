package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGenerateDataKeyWithoutPlaintext is the parity test of KMS GenerateDataKeyWithoutPlaintext.
// GenerateDataKeyWithoutPlaintext: Returns a unique symmetric data key for use outside of KMS.
func TestGenerateDataKeyWithoutPlaintext(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.GenerateDataKeyWithoutPlaintext(t.Context(), &kms.GenerateDataKeyWithoutPlaintextInput{
		KeyId: key.KeyMetadata.KeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("generate-data-key-without-plaintext", out)
}
