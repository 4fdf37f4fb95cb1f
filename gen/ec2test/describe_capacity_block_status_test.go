package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCapacityBlockStatus is the parity test of EC2 DescribeCapacityBlockStatus.
// DescribeCapacityBlockStatus: Describes the availability of capacity for the specified Capacity blocks, or all of your Capacity Blocks.
func TestDescribeCapacityBlockStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCapacityBlockStatus(t.Context(), &ec2.DescribeCapacityBlockStatusInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-capacity-block-status", out)
}
