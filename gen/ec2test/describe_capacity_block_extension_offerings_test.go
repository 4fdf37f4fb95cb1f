package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCapacityBlockExtensionOfferings is the parity test of EC2 DescribeCapacityBlockExtensionOfferings.
// DescribeCapacityBlockExtensionOfferings: Describes Capacity Block extension offerings available for purchase in the Amazon Web Services Region that you're currently using.
func TestDescribeCapacityBlockExtensionOfferings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCapacityBlockExtensionOfferings(t.Context(), &ec2.DescribeCapacityBlockExtensionOfferingsInput{
		// CapacityBlockExtensionDurationHours: *int32 (required)
		// CapacityReservationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-capacity-block-extension-offerings", out)
}
