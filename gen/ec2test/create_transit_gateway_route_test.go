package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayRoute is the parity test of EC2 CreateTransitGatewayRoute.
// CreateTransitGatewayRoute: Creates a static route for the specified transit gateway route table.
func TestCreateTransitGatewayRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.CreateTransitGatewayRoute(t.Context(), &ec2.CreateTransitGatewayRouteInput{
		// DestinationCidrBlock: *string (required)
		// TransitGatewayRouteTableId: *string (required)
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-route", out)
}
