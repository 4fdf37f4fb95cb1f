package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAlias is the parity test of KMS UpdateAlias.
// UpdateAlias: Associates an existing KMS alias with a different KMS key.
func TestUpdateAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	var alias *string
	kmstest.CreateAlias(t, client, func(in *kms.CreateAliasInput) { alias = in.AliasName })
	out, err := client.UpdateAlias(t.Context(), &kms.UpdateAliasInput{
		AliasName: alias,
		// TargetKeyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-alias", out)
}
