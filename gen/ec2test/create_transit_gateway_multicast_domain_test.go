package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayMulticastDomain is the parity test of EC2 CreateTransitGatewayMulticastDomain.
// CreateTransitGatewayMulticastDomain: Creates a multicast domain using the specified transit gateway.
func TestCreateTransitGatewayMulticastDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGateway := ec2test.CreateTransitGateway(t, client)
	out, err := client.CreateTransitGatewayMulticastDomain(t.Context(), &ec2.CreateTransitGatewayMulticastDomainInput{
		TransitGatewayId: transitGateway.TransitGateway.TransitGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-multicast-domain", out)
}
