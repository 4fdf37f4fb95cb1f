package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableRouteServerPropagation is the parity test of EC2 DisableRouteServerPropagation.
// DisableRouteServerPropagation: Disables route propagation from a route server to a specified route table.
func TestDisableRouteServerPropagation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.DisableRouteServerPropagation(t.Context(), &ec2.DisableRouteServerPropagationInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
		// RouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-route-server-propagation", out)
}
