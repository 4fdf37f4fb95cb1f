package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagInstanceProfile is the parity test of IAM UntagInstanceProfile.
// UntagInstanceProfile: Removes the specified tags from the IAM instance profile.
func TestUntagInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var instanceProfile *string
	iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) { instanceProfile = in.InstanceProfileName })
	out, err := client.UntagInstanceProfile(t.Context(), &iam.UntagInstanceProfileInput{
		InstanceProfileName: instanceProfile,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-instance-profile", out)
}
