package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateTransitGatewayMulticastDomain is the parity test of EC2 DisassociateTransitGatewayMulticastDomain.
// DisassociateTransitGatewayMulticastDomain: Disassociates the specified subnets from the transit gateway multicast domain.
func TestDisassociateTransitGatewayMulticastDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.DisassociateTransitGatewayMulticastDomain(t.Context(), &ec2.DisassociateTransitGatewayMulticastDomainInput{
		// TransitGatewayMulticastDomainId: *string (required)
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
		// SubnetIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-transit-gateway-multicast-domain", out)
}
