package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateAccountAlias is the parity test of IAM CreateAccountAlias.
// CreateAccountAlias: Creates an alias for your Amazon Web Services account.
func TestCreateAccountAlias(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateAccountAlias calls CreateAccountAlias with the input below and deletes the AccountAlias when the test ends.
	out := iamtest.CreateAccountAlias(t, client, func(in *iam.CreateAccountAliasInput) {
		// in.AccountAlias = *string (required; the fixture sets it)
	})
	snap.Match("create-account-alias", out)
}
