package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateSnapshot is the parity test of EC2 CreateSnapshot.
// CreateSnapshot: Creates a snapshot of an EBS volume and stores it in Amazon S3.
func TestCreateSnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	volume := ec2test.CreateVolume(t, client)
	out, err := client.CreateSnapshot(t.Context(), &ec2.CreateSnapshotInput{
		VolumeId: volume.VolumeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-snapshot", out)
}
