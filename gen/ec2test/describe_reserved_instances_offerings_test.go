package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeReservedInstancesOfferings is the parity test of EC2 DescribeReservedInstancesOfferings.
// DescribeReservedInstancesOfferings: Describes Reserved Instance offerings that are available for purchase.
func TestDescribeReservedInstancesOfferings(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeReservedInstancesOfferings(t.Context(), &ec2.DescribeReservedInstancesOfferingsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-reserved-instances-offerings", out)
}
