package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetRolePolicy is the parity test of IAM GetRolePolicy.
// GetRolePolicy: Retrieves the specified inline policy document that is embedded with the specified IAM role.
func TestGetRolePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var role *string
	iamtest.CreateRole(t, client, func(in *iam.CreateRoleInput) { role = in.RoleName })
	out, err := client.GetRolePolicy(t.Context(), &iam.GetRolePolicyInput{
		RoleName: role,
		// PolicyName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-role-policy", out)
}
