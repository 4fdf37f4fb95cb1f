package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTransitGatewayAttachmentPropagations is the parity test of EC2 GetTransitGatewayAttachmentPropagations.
// GetTransitGatewayAttachmentPropagations: Lists the route tables to which the specified resource attachment propagates routes.
func TestGetTransitGatewayAttachmentPropagations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.GetTransitGatewayAttachmentPropagations(t.Context(), &ec2.GetTransitGatewayAttachmentPropagationsInput{
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-transit-gateway-attachment-propagations", out)
}
