package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpc is the parity test of EC2 CreateVpc.
// CreateVpc: Creates a VPC with the specified CIDR blocks.
func TestCreateVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVpc calls CreateVpc with the input below and deletes the Vpc when the test ends.
	out := ec2test.CreateVpc(t, client, func(in *ec2.CreateVpcInput) {
	})
	snap.Match("create-vpc", out)
}
