package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAttachRolePolicy is the parity test of IAM AttachRolePolicy.
// AttachRolePolicy: Attaches the specified managed policy to the specified IAM role.
func TestAttachRolePolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	policy := iamtest.CreatePolicy(t, client)
	out, err := client.AttachRolePolicy(t.Context(), &iam.AttachRolePolicyInput{
		// RoleName: *string (required)
		PolicyArn: policy.Policy.Arn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("attach-role-policy", out)
}
