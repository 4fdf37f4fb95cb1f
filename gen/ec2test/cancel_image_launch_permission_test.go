package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCancelImageLaunchPermission is the parity test of EC2 CancelImageLaunchPermission.
// CancelImageLaunchPermission: Removes your Amazon Web Services account from the launch permissions for the specified AMI.
func TestCancelImageLaunchPermission(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.CancelImageLaunchPermission(t.Context(), &ec2.CancelImageLaunchPermissionInput{
		ImageId: image.ImageId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("cancel-image-launch-permission", out)
}
