package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCopyFpgaImage is the parity test of EC2 CopyFpgaImage.
// CopyFpgaImage: Copies the specified Amazon FPGA Image (AFI) to the current Region.
func TestCopyFpgaImage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CopyFpgaImage(t.Context(), &ec2.CopyFpgaImageInput{
		// SourceFpgaImageId: *string (required)
		// SourceRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("copy-fpga-image", out)
}
