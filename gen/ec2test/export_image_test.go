package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestExportImage is the parity test of EC2 ExportImage.
// ExportImage: Exports an Amazon Machine Image (AMI) to a VM file.
func TestExportImage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	image := ec2test.CreateImage(t, client)
	out, err := client.ExportImage(t.Context(), &ec2.ExportImageInput{
		// DiskImageFormat: types.DiskImageFormat (required)
		ImageId: image.ImageId,
		// S3ExportLocation: *types.ExportTaskS3LocationRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("export-image", out)
}
