package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListInstanceProfilesForRole is the parity test of IAM ListInstanceProfilesForRole.
// ListInstanceProfilesForRole: Lists the instance profiles that have the specified associated IAM role.
func TestListInstanceProfilesForRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var role *string
	iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) { role = in.RoleName })
	out, err := client.ListInstanceProfilesForRole(t.Context(), &iam.ListInstanceProfilesForRoleInput{
		RoleName: role,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-instance-profiles-for-role", out)
}
