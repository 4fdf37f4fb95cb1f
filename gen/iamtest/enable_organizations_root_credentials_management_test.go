package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableOrganizationsRootCredentialsManagement is the parity test of IAM EnableOrganizationsRootCredentialsManagement.
// EnableOrganizationsRootCredentialsManagement: Enables the management of privileged root user credentials across member accounts in your organization.
func TestEnableOrganizationsRootCredentialsManagement(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.EnableOrganizationsRootCredentialsManagement(t.Context(), &iam.EnableOrganizationsRootCredentialsManagementInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-organizations-root-credentials-management", out)
}
