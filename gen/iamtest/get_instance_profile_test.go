package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetInstanceProfile is the parity test of IAM GetInstanceProfile.
// GetInstanceProfile: Retrieves information about the specified instance profile, including the instance profile's path, GUID, ARN, and role.
func TestGetInstanceProfile(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var instanceProfile *string
	iamtest.CreateInstanceProfile(t, client, func(in *iam.CreateInstanceProfileInput) { instanceProfile = in.InstanceProfileName })
	out, err := client.GetInstanceProfile(t.Context(), &iam.GetInstanceProfileInput{
		InstanceProfileName: instanceProfile,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-instance-profile", out)
}
