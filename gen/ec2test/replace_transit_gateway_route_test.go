package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceTransitGatewayRoute is the parity test of EC2 ReplaceTransitGatewayRoute.
// ReplaceTransitGatewayRoute: Replaces the specified route in the specified transit gateway route table.
func TestReplaceTransitGatewayRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.ReplaceTransitGatewayRoute(t.Context(), &ec2.ReplaceTransitGatewayRouteInput{
		// DestinationCidrBlock: *string (required)
		// TransitGatewayRouteTableId: *string (required)
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-transit-gateway-route", out)
}
