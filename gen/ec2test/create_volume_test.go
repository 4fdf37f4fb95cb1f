package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVolume is the parity test of EC2 CreateVolume.
// CreateVolume: Creates an EBS volume that can be attached to an instance in the same Availability Zone.
func TestCreateVolume(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVolume calls CreateVolume with the input below and deletes the Volume when the test ends.
	out := ec2test.CreateVolume(t, client, func(in *ec2.CreateVolumeInput) {
	})
	snap.Match("create-volume", out)
}
