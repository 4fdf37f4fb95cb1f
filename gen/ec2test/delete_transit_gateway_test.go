package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGateway is the parity test of EC2 DeleteTransitGateway.
// DeleteTransitGateway: Deletes the specified transit gateway.
func TestDeleteTransitGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGateway := ec2test.CreateTransitGateway(t, client)
	out, err := client.DeleteTransitGateway(t.Context(), &ec2.DeleteTransitGatewayInput{
		TransitGatewayId: transitGateway.TransitGateway.TransitGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway", out)
}
