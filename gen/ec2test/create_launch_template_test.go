package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateLaunchTemplate is the parity test of EC2 CreateLaunchTemplate.
// CreateLaunchTemplate: Creates a launch template.
func TestCreateLaunchTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateLaunchTemplate calls CreateLaunchTemplate with the input below and deletes the LaunchTemplate when the test ends.
	out := ec2test.CreateLaunchTemplate(t, client, func(in *ec2.CreateLaunchTemplateInput) {
		// in.LaunchTemplateName = *string (required; the fixture sets it)
		// in.LaunchTemplateData = *types.RequestLaunchTemplateData (required)
	})
	snap.Match("create-launch-template", out)
}
