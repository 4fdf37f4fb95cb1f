package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportVolume is the parity test of EC2 ImportVolume.
// ImportVolume: This API action supports only single-volume VMs.
func TestImportVolume(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ImportVolume(t.Context(), &ec2.ImportVolumeInput{
		// Image: *types.DiskImageDetail (required)
		// Volume: *types.VolumeDetail (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-volume", out)
}
