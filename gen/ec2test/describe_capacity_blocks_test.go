package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeCapacityBlocks is the parity test of EC2 DescribeCapacityBlocks.
// DescribeCapacityBlocks: Describes details about Capacity Blocks in the Amazon Web Services Region that you're currently using.
func TestDescribeCapacityBlocks(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeCapacityBlocks(t.Context(), &ec2.DescribeCapacityBlocksInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-capacity-blocks", out)
}
