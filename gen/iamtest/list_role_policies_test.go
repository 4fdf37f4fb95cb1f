package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListRolePolicies is the parity test of IAM ListRolePolicies.
// ListRolePolicies: Lists the names of the inline policies that are embedded in the specified IAM role.
func TestListRolePolicies(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var role *string
	iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) { role = in.RoleName })
	out, err := client.ListRolePolicies(t.Context(), &iam.ListRolePoliciesInput{
		RoleName: role,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-role-policies", out)
}
