package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteRouteServerPeer is the parity test of EC2 DeleteRouteServerPeer.
// DeleteRouteServerPeer: Deletes the specified BGP peer from a route server.
func TestDeleteRouteServerPeer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteRouteServerPeer(t.Context(), &ec2.DeleteRouteServerPeerInput{
		// RouteServerPeerId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-route-server-peer", out)
}
