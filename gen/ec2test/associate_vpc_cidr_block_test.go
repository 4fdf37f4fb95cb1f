package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateVpcCidrBlock is the parity test of EC2 AssociateVpcCidrBlock.
// AssociateVpcCidrBlock: Associates a CIDR block with your VPC.
func TestAssociateVpcCidrBlock(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.AssociateVpcCidrBlock(t.Context(), &ec2.AssociateVpcCidrBlockInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-vpc-cidr-block", out)
}
