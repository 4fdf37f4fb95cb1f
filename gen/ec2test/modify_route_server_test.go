package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyRouteServer is the parity test of EC2 ModifyRouteServer.
// ModifyRouteServer: Modifies the configuration of an existing route server.
func TestModifyRouteServer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	routeServer := ec2test.CreateRouteServer(t, client)
	out, err := client.ModifyRouteServer(t.Context(), &ec2.ModifyRouteServerInput{
		RouteServerId: routeServer.RouteServer.RouteServerId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-route-server", out)
}
