package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateRole is the parity test of IAM CreateRole.
// CreateRole: Creates a new role for your Amazon Web Services account.
func TestCreateRole(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateRole calls CreateRole with the input below and deletes the Role when the test ends.
	out := iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) {
		// in.RoleName = *string (required; the fixture sets it)
		// in.AssumeRolePolicyDocument = *string (required; the fixture sets it)
	})
	snap.Match("create-role", out)
}
