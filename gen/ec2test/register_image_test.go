package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestRegisterImage is the parity test of EC2 RegisterImage.
// RegisterImage: Registers an AMI.
func TestRegisterImage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateImage calls RegisterImage with the input below and deletes the Image when the test ends.
	out := ec2test.CreateImage(t, client, func(in *ec2.RegisterImageInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("register-image", out)
}
