package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateTransitGatewayMulticastDomain is the parity test of EC2 AssociateTransitGatewayMulticastDomain.
// AssociateTransitGatewayMulticastDomain: Associates the specified subnets and transit gateway attachments with the specified transit gateway multicast domain.
func TestAssociateTransitGatewayMulticastDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.AssociateTransitGatewayMulticastDomain(t.Context(), &ec2.AssociateTransitGatewayMulticastDomainInput{
		// TransitGatewayMulticastDomainId: *string (required)
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
		// SubnetIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-transit-gateway-multicast-domain", out)
}
