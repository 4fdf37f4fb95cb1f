package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableImageDeregistrationProtection is the parity test of EC2 DisableImageDeregistrationProtection.
// DisableImageDeregistrationProtection: Disables deregistration protection for an AMI.
func TestDisableImageDeregistrationProtection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.DisableImageDeregistrationProtection(t.Context(), &ec2.DisableImageDeregistrationProtectionInput{
		ImageId: image.ImageId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-image-deregistration-protection", out)
}
