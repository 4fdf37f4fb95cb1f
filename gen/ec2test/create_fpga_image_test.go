package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateFpgaImage is the parity test of EC2 CreateFpgaImage.
// CreateFpgaImage: Creates an Amazon FPGA Image (AFI) from the specified design checkpoint (DCP).
func TestCreateFpgaImage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateFpgaImage calls CreateFpgaImage with the input below and deletes the FpgaImage when the test ends.
	out := ec2test.CreateFpgaImage(t, client, func(in *ec2.CreateFpgaImageInput) {
		// in.InputStorageLocation = *types.StorageLocation (required)
	})
	snap.Match("create-fpga-image", out)
}
