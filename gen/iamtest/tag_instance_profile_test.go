package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagInstanceProfile is the parity test of IAM TagInstanceProfile.
// TagInstanceProfile: Adds one or more tags to an IAM instance profile.
func TestTagInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var instanceProfile *string
	iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) { instanceProfile = in.InstanceProfileName })
	out, err := client.TagInstanceProfile(t.Context(), &iam.TagInstanceProfileInput{
		InstanceProfileName: instanceProfile,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-instance-profile", out)
}
