package kmstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/awsparity/awsparity/gen/kmstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAlias is the parity test of KMS DeleteAlias.
// DeleteAlias: Deletes the specified alias.
func TestDeleteAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(kmstest.Transformers()...))
	client := newClient(t)
	var alias *string
	kmstest.CreateAlias(t, client, func(in *kms.CreateAliasInput) { alias = in.AliasName })
	out, err := client.DeleteAlias(t.Context(), &kms.DeleteAliasInput{
		AliasName: alias,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-alias", out)
}
