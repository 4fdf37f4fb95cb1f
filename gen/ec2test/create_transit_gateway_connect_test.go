package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTransitGatewayConnect is the parity test of EC2 CreateTransitGatewayConnect.
// CreateTransitGatewayConnect: Creates a Connect attachment from a specified transit gateway attachment.
func TestCreateTransitGatewayConnect(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateTransitGatewayConnect calls CreateTransitGatewayConnect with the input below and deletes the TransitGatewayConnect when the test ends.
	out := ec2test.CreateTransitGatewayConnect(t, client, func(in *ec2.CreateTransitGatewayConnectInput) {
		// in.TransportTransitGatewayAttachmentId = *string (required)
		// in.Options = *types.CreateTransitGatewayConnectRequestOptions (required)
	})
	snap.Match("create-transit-gateway-connect", out)
}
