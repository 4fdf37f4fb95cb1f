package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyTransitGateway is the parity test of EC2 ModifyTransitGateway.
// ModifyTransitGateway: Modifies the specified transit gateway.
func TestModifyTransitGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGateway := ec2test.CreateTransitGateway(t, client)
	out, err := client.ModifyTransitGateway(t.Context(), &ec2.ModifyTransitGatewayInput{
		TransitGatewayId: transitGateway.TransitGateway.TransitGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-transit-gateway", out)
}
