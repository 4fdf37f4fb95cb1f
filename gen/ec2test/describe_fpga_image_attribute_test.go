package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeFpgaImageAttribute is the parity test of EC2 DescribeFpgaImageAttribute.
// DescribeFpgaImageAttribute: Describes the specified attribute of the specified Amazon FPGA Image (AFI).
func TestDescribeFpgaImageAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	fpgaImage := ec2test.CreateFpgaImage(t, client)
	out, err := client.DescribeFpgaImageAttribute(t.Context(), &ec2.DescribeFpgaImageAttributeInput{
		FpgaImageId: fpgaImage.FpgaImageId,
		// Attribute: types.FpgaImageAttributeName (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-fpga-image-attribute", out)
}
