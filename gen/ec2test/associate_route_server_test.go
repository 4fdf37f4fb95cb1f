package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateRouteServer is the parity test of EC2 AssociateRouteServer.
// AssociateRouteServer: Associates a route server with a VPC to enable dynamic route updates.
func TestAssociateRouteServer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.AssociateRouteServer(t.Context(), &ec2.AssociateRouteServerInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-route-server", out)
}
