package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLaunchTemplate is the parity test of EC2 DeleteLaunchTemplate.
// DeleteLaunchTemplate: Deletes a launch template.
func TestDeleteLaunchTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	launchTemplate := ec2test.CreateLaunchTemplate(t, client)
	out, err := client.DeleteLaunchTemplate(t.Context(), &ec2.DeleteLaunchTemplateInput{
		LaunchTemplateId: launchTemplate.LaunchTemplate.LaunchTemplateId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-launch-template", out)
}
