package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListInstanceProfileTags is the parity test of IAM ListInstanceProfileTags.
// ListInstanceProfileTags: Lists the tags that are attached to the specified IAM instance profile.
func TestListInstanceProfileTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var instanceProfile *string
	iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) { instanceProfile = in.InstanceProfileName })
	out, err := client.ListInstanceProfileTags(t.Context(), &iam.ListInstanceProfileTagsInput{
		InstanceProfileName: instanceProfile,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-instance-profile-tags", out)
}
