package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateRouteServerPeer is the parity test of EC2 CreateRouteServerPeer.
// CreateRouteServerPeer: Creates a new BGP peer for a specified route server endpoint.
func TestCreateRouteServerPeer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateRouteServerPeer(t.Context(), &ec2.CreateRouteServerPeerInput{
		// RouteServerEndpointId: *string (required)
		// PeerAddress: *string (required)
		// BgpOptions: *types.RouteServerBgpOptionsRequest (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-route-server-peer", out)
}
