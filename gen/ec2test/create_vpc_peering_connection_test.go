package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVpcPeeringConnection is the parity test of EC2 CreateVpcPeeringConnection.
// CreateVpcPeeringConnection: Requests a VPC peering connection between two VPCs: a requester VPC that you own and an accepter VPC with which to create the connection.
func TestCreateVpcPeeringConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.CreateVpcPeeringConnection(t.Context(), &ec2.CreateVpcPeeringConnectionInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-vpc-peering-connection", out)
}
