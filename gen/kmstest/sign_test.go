package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSign is the parity test of KMS Sign.
// Sign: Creates a digital signature for a message or message digest by using the private key in an asymmetric signing KMS key.
func TestSign(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.Sign(t.Context(), &kms.SignInput{
		KeyId: key.KeyMetadata.KeyId,
		// Message: []byte (required)
		// SigningAlgorithm: types.SigningAlgorithmSpec (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("sign", out)
}
