package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeVolumeAttribute is the parity test of EC2 DescribeVolumeAttribute.
// DescribeVolumeAttribute: Describes the specified attribute of the specified volume.
func TestDescribeVolumeAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	volume := ec2test.CreateVolume(t, client)
	out, err := client.DescribeVolumeAttribute(t.Context(), &ec2.DescribeVolumeAttributeInput{
		// Attribute: types.VolumeAttributeName (required)
		VolumeId: volume.VolumeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-volume-attribute", out)
}
