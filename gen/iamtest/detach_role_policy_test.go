package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetachRolePolicy is the parity test of IAM DetachRolePolicy.
// DetachRolePolicy: Removes the specified managed policy from the specified role.
func TestDetachRolePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.DetachRolePolicy(t.Context(), &iam.DetachRolePolicyInput{
		// RoleName: *string (required)
		PolicyArn: policy.Policy.Arn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detach-role-policy", out)
}
