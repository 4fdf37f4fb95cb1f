package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayConnectPeer is the parity test of EC2 CreateTransitGatewayConnectPeer.
// CreateTransitGatewayConnectPeer: Creates a Connect peer for a specified transit gateway Connect attachment between a transit gateway and an appliance.
func TestCreateTransitGatewayConnectPeer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.CreateTransitGatewayConnectPeer(t.Context(), &ec2.CreateTransitGatewayConnectPeerInput{
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
		// PeerAddress: *string (required)
		// InsideCidrBlocks: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-connect-peer", out)
}
