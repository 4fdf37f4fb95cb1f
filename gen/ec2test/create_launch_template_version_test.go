package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateLaunchTemplateVersion is the parity test of EC2 CreateLaunchTemplateVersion.
// CreateLaunchTemplateVersion: Creates a new version of a launch template.
func TestCreateLaunchTemplateVersion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	launchTemplate := ec2test.CreateLaunchTemplate(t, client)
	out, err := client.CreateLaunchTemplateVersion(t.Context(), &ec2.CreateLaunchTemplateVersionInput{
		LaunchTemplateId: launchTemplate.LaunchTemplate.LaunchTemplateId,
		// LaunchTemplateData: *types.RequestLaunchTemplateData (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-launch-template-version", out)
}
