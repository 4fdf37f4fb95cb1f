package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssignPrivateNatGatewayAddress is the parity test of EC2 AssignPrivateNatGatewayAddress.
// AssignPrivateNatGatewayAddress: Assigns private IPv4 addresses to a private NAT gateway.
func TestAssignPrivateNatGatewayAddress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	natGateway := ec2test.CreateNatGateway(t, client)
	out, err := client.AssignPrivateNatGatewayAddress(t.Context(), &ec2.AssignPrivateNatGatewayAddressInput{
		NatGatewayId: natGateway.NatGateway.NatGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("assign-private-nat-gateway-address", out)
}
