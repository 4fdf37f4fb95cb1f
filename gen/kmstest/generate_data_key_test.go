package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGenerateDataKey is the parity test of KMS GenerateDataKey.
// GenerateDataKey: Returns a unique symmetric data key for use outside of KMS.
func TestGenerateDataKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	key := kmstest.CreateKey(t, client)
	out, err := client.GenerateDataKey(t.Context(), &kms.GenerateDataKeyInput{
		KeyId: key.KeyMetadata.KeyId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("generate-data-key", out)
}
