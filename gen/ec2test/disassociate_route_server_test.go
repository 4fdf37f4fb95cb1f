package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateRouteServer is the parity test of EC2 DisassociateRouteServer.
// DisassociateRouteServer: Disassociates a route server from a VPC.
func TestDisassociateRouteServer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.DisassociateRouteServer(t.Context(), &ec2.DisassociateRouteServerInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-route-server", out)
}
