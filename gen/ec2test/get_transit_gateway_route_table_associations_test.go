package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTransitGatewayRouteTableAssociations is the parity test of EC2 GetTransitGatewayRouteTableAssociations.
// GetTransitGatewayRouteTableAssociations: Gets information about the associations for the specified transit gateway route table.
func TestGetTransitGatewayRouteTableAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetTransitGatewayRouteTableAssociations(t.Context(), &ec2.GetTransitGatewayRouteTableAssociationsInput{
		// TransitGatewayRouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-transit-gateway-route-table-associations", out)
}
