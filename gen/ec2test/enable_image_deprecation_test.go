package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableImageDeprecation is the parity test of EC2 EnableImageDeprecation.
// EnableImageDeprecation: Enables deprecation of the specified AMI at the specified date and time.
func TestEnableImageDeprecation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.EnableImageDeprecation(t.Context(), &ec2.EnableImageDeprecationInput{
		ImageId: image.ImageId,
		// DeprecateAt: *time.Time (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-image-deprecation", out)
}
