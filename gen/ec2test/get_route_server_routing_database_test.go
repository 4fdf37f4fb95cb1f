package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetRouteServerRoutingDatabase is the parity test of EC2 GetRouteServerRoutingDatabase.
// GetRouteServerRoutingDatabase: Gets the routing database for the specified route server.
func TestGetRouteServerRoutingDatabase(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.GetRouteServerRoutingDatabase(t.Context(), &ec2.GetRouteServerRoutingDatabaseInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-route-server-routing-database", out)
}
