package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTransitGateway is the parity test of EC2 CreateTransitGateway.
// CreateTransitGateway: Creates a transit gateway.
func TestCreateTransitGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateTransitGateway calls CreateTransitGateway with the input below and deletes the TransitGateway when the test ends.
	out := ec2test.CreateTransitGateway(t, client, func(in *ec2.CreateTransitGatewayInput) {
	})
	snap.Match("create-transit-gateway", out)
}
