package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCopyVolumes is the parity test of EC2 CopyVolumes.
// CopyVolumes: Creates a crash-consistent, point-in-time copy of an existing Amazon EBS volume within the same Availability Zone.
func TestCopyVolumes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CopyVolumes(t.Context(), &ec2.CopyVolumesInput{
		// SourceVolumeId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("copy-volumes", out)
}
