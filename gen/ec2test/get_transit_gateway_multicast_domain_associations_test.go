package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTransitGatewayMulticastDomainAssociations is the parity test of EC2 GetTransitGatewayMulticastDomainAssociations.
// GetTransitGatewayMulticastDomainAssociations: Gets information about the associations for the transit gateway multicast domain.
func TestGetTransitGatewayMulticastDomainAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetTransitGatewayMulticastDomainAssociations(t.Context(), &ec2.GetTransitGatewayMulticastDomainAssociationsInput{
		// TransitGatewayMulticastDomainId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-transit-gateway-multicast-domain-associations", out)
}
