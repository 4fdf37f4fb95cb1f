package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableOrganizationsRootSessions is the parity test of IAM EnableOrganizationsRootSessions.
// EnableOrganizationsRootSessions: Allows the management account or delegated administrator to perform privileged tasks on member accounts in your organization.
func TestEnableOrganizationsRootSessions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.EnableOrganizationsRootSessions(t.Context(), &iam.EnableOrganizationsRootSessionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-organizations-root-sessions", out)
}
