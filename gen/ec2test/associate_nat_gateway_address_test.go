package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateNatGatewayAddress is the parity test of EC2 AssociateNatGatewayAddress.
// AssociateNatGatewayAddress: Associates Elastic IP addresses (EIPs) and private IPv4 addresses with a public NAT gateway.
func TestAssociateNatGatewayAddress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	natGateway := ec2test.CreateNatGateway(t, client)
	out, err := client.AssociateNatGatewayAddress(t.Context(), &ec2.AssociateNatGatewayAddressInput{
		NatGatewayId: natGateway.NatGateway.NatGatewayId,
		// AllocationIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-nat-gateway-address", out)
}
