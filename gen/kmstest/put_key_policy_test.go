package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutKeyPolicy is the parity test of KMS PutKeyPolicy.
// PutKeyPolicy: Attaches a key policy to the specified KMS key.
func TestPutKeyPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.PutKeyPolicy(t.Context(), &kms.PutKeyPolicyInput{
		KeyId: key.KeyMetadata.KeyId,
		// Policy: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-key-policy", out)
}
