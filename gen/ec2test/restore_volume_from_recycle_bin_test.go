package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRestoreVolumeFromRecycleBin is the parity test of EC2 RestoreVolumeFromRecycleBin.
// RestoreVolumeFromRecycleBin: Restores a volume from the Recycle Bin.
func TestRestoreVolumeFromRecycleBin(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	volume := ec2test.CreateVolume(t, client)
	out, err := client.RestoreVolumeFromRecycleBin(t.Context(), &ec2.RestoreVolumeFromRecycleBinInput{
		VolumeId: volume.VolumeId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-volume-from-recycle-bin", out)
}
