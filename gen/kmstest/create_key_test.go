package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateKey is the parity test of KMS CreateKey.
// CreateKey: Creates a unique customer managed KMS key in your Amazon Web Services account and Region.
func TestCreateKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	// kmstest.CreateKey calls CreateKey with the input below and deletes the Key when the test ends.
	out := kmstest.CreateKey(t, client, func(in *kms.CreateKeyInput) {
	})
	snap.Match("create-key", out)
}
