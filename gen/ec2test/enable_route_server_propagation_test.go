package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableRouteServerPropagation is the parity test of EC2 EnableRouteServerPropagation.
// EnableRouteServerPropagation: Defines which route tables the route server can update with routes.
func TestEnableRouteServerPropagation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.EnableRouteServerPropagation(t.Context(), &ec2.EnableRouteServerPropagationInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
		// RouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-route-server-propagation", out)
}
