package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableOrganizationsRootCredentialsManagement is the parity test of IAM DisableOrganizationsRootCredentialsManagement.
// DisableOrganizationsRootCredentialsManagement: Disables the management of privileged root user credentials across member accounts in your organization.
func TestDisableOrganizationsRootCredentialsManagement(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.DisableOrganizationsRootCredentialsManagement(t.Context(), &iam.DisableOrganizationsRootCredentialsManagementInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-organizations-root-credentials-management", out)
}
