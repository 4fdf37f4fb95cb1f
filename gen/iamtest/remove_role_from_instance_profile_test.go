package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveRoleFromInstanceProfile is the parity test of IAM RemoveRoleFromInstanceProfile.
// RemoveRoleFromInstanceProfile: Removes the specified IAM role from the specified Amazon EC2 instance profile.
func TestRemoveRoleFromInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var instanceProfile *string
	iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) { instanceProfile = in.InstanceProfileName })
	out, err := client.RemoveRoleFromInstanceProfile(t.Context(), &iam.RemoveRoleFromInstanceProfileInput{
		InstanceProfileName: instanceProfile,
		// RoleName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-role-from-instance-profile", out)
}
