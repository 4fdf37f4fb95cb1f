package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGatewayPeeringAttachment is the parity test of EC2 DeleteTransitGatewayPeeringAttachment.
// DeleteTransitGatewayPeeringAttachment: Deletes a transit gateway peering attachment.
func TestDeleteTransitGatewayPeeringAttachment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.DeleteTransitGatewayPeeringAttachment(t.Context(), &ec2.DeleteTransitGatewayPeeringAttachmentInput{
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway-peering-attachment", out)
}
