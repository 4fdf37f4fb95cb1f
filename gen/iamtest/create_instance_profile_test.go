package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateInstanceProfile is the parity test of IAM CreateInstanceProfile.
// CreateInstanceProfile: Creates a new instance profile.
func TestCreateInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateInstanceProfile calls CreateInstanceProfile with the input below and deletes the InstanceProfile when the test ends.
	out := iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) {
		// in.InstanceProfileName = *string (required; the fixture sets it)
	})
	snap.Match("create-instance-profile", out)
}
