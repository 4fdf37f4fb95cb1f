package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSearchTransitGatewayRoutes is the parity test of EC2 SearchTransitGatewayRoutes.
// SearchTransitGatewayRoutes: Searches for routes in the specified transit gateway route table.
func TestSearchTransitGatewayRoutes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.SearchTransitGatewayRoutes(t.Context(), &ec2.SearchTransitGatewayRoutesInput{
		// TransitGatewayRouteTableId: *string (required)
		// Filters: []types.Filter (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("search-transit-gateway-routes", out)
}
