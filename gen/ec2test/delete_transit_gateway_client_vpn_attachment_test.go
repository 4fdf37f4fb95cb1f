package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGatewayClientVpnAttachment is the parity test of EC2 DeleteTransitGatewayClientVpnAttachment.
// DeleteTransitGatewayClientVpnAttachment: Deletes a Transit Gateway attachment for a Client VPN endpoint.
func TestDeleteTransitGatewayClientVpnAttachment(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.DeleteTransitGatewayClientVpnAttachment(t.Context(), &ec2.DeleteTransitGatewayClientVpnAttachmentInput{
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway-client-vpn-attachment", out)
}
