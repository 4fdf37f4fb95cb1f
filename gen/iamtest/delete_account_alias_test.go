package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAccountAlias is the parity test of IAM DeleteAccountAlias.
// DeleteAccountAlias: Deletes the specified Amazon Web Services account alias.
func TestDeleteAccountAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var accountAlias *string
	iamtest.CreateAccountAlias(t, client, func(in *iam.CreateAccountAliasInput) { accountAlias = in.AccountAlias })
	out, err := client.DeleteAccountAlias(t.Context(), &iam.DeleteAccountAliasInput{
		AccountAlias: accountAlias,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-account-alias", out)
}
