package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGatewayRoute is the parity test of EC2 DeleteTransitGatewayRoute.
// DeleteTransitGatewayRoute: Deletes the specified route from the specified transit gateway route table.
func TestDeleteTransitGatewayRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteTransitGatewayRoute(t.Context(), &ec2.DeleteTransitGatewayRouteInput{
		// TransitGatewayRouteTableId: *string (required)
		// DestinationCidrBlock: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway-route", out)
}
