package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateAlias is the parity test of KMS CreateAlias.
// CreateAlias: Creates a friendly name for a KMS key.
func TestCreateAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	// kmstest.CreateAlias calls CreateAlias with the input below and deletes the Alias when the test ends.
	out := kmstest.CreateAlias(t, client, func(in *kms.CreateAliasInput) {
		// in.AliasName = *string (required; the fixture sets it)
		// in.TargetKeyId = *string (required)
	})
	snap.Match("create-alias", out)
}
