package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAccountPasswordPolicy is the parity test of IAM UpdateAccountPasswordPolicy.
// UpdateAccountPasswordPolicy: Updates the password policy settings for the Amazon Web Services account.
func TestUpdateAccountPasswordPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateAccountPasswordPolicy(t.Context(), &iam.UpdateAccountPasswordPolicyInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-account-password-policy", out)
}
