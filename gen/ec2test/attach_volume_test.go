package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAttachVolume is the parity test of EC2 AttachVolume.
// AttachVolume: Attaches an Amazon EBS volume to a running or stopped instance, and exposes it to the instance with the specified device name.
func TestAttachVolume(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	volume := ec2test.CreateVolume(t, client)
	out, err := client.AttachVolume(t.Context(), &ec2.AttachVolumeInput{
		// Device: *string (required)
		// InstanceId: *string (required)
		VolumeId: volume.VolumeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("attach-volume", out)
}
