package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRotateKeyOnDemand is the parity test of KMS RotateKeyOnDemand.
// RotateKeyOnDemand: Immediately initiates rotation of the key material of the specified symmetric encryption KMS key.
func TestRotateKeyOnDemand(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.RotateKeyOnDemand(t.Context(), &kms.RotateKeyOnDemandInput{
		KeyId: key.KeyMetadata.KeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("rotate-key-on-demand", out)
}
