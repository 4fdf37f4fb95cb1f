package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyLaunchTemplate is the parity test of EC2 ModifyLaunchTemplate.
// ModifyLaunchTemplate: Modifies a launch template.
func TestModifyLaunchTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	launchTemplate := ec2test.CreateLaunchTemplate(t, client)
	out, err := client.ModifyLaunchTemplate(t.Context(), &ec2.ModifyLaunchTemplateInput{
		LaunchTemplateId: launchTemplate.LaunchTemplate.LaunchTemplateId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-launch-template", out)
}
