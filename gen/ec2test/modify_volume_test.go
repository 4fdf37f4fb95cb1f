package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVolume is the parity test of EC2 ModifyVolume.
// ModifyVolume: You can modify several parameters of an existing EBS volume, including volume size, volume type, and IOPS capacity.
func TestModifyVolume(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	volume := ec2test.CreateVolume(t, client)
	out, err := client.ModifyVolume(t.Context(), &ec2.ModifyVolumeInput{
		VolumeId: volume.VolumeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-volume", out)
}
