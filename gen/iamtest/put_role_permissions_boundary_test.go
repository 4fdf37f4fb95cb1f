package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutRolePermissionsBoundary is the parity test of IAM PutRolePermissionsBoundary.
// PutRolePermissionsBoundary: Adds or updates the policy that is specified as the IAM role's permissions boundary.
func TestPutRolePermissionsBoundary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var role *string
	iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) { role = in.RoleName })
	out, err := client.PutRolePermissionsBoundary(t.Context(), &iam.PutRolePermissionsBoundaryInput{
		RoleName: role,
		// PermissionsBoundary: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-role-permissions-boundary", out)
}
