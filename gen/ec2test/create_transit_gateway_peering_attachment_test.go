package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayPeeringAttachment is the parity test of EC2 CreateTransitGatewayPeeringAttachment.
// CreateTransitGatewayPeeringAttachment: Requests a transit gateway peering attachment between the specified transit gateway (requester) and a peer transit gateway (accepter).
func TestCreateTransitGatewayPeeringAttachment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGateway := ec2test.CreateTransitGateway(t, client)
	out, err := client.CreateTransitGatewayPeeringAttachment(t.Context(), &ec2.CreateTransitGatewayPeeringAttachmentInput{
		TransitGatewayId: transitGateway.TransitGateway.TransitGatewayId,
		// PeerTransitGatewayId: *string (required)
		// PeerAccountId: *string (required)
		// PeerRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-peering-attachment", out)
}
