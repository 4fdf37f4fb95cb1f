package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateRouteServerEndpoint is the parity test of EC2 CreateRouteServerEndpoint.
// CreateRouteServerEndpoint: Creates a new endpoint for a route server in a specified subnet.
func TestCreateRouteServerEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.CreateRouteServerEndpoint(t.Context(), &ec2.CreateRouteServerEndpointInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
		// SubnetId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-route-server-endpoint", out)
}
