package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateRoute is the parity test of EC2 CreateRoute.
// CreateRoute: Creates a route in a route table within a VPC.
func TestCreateRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	natGateway := ec2test.CreateNatGateway(t, client)
	out, err := client.CreateRoute(t.Context(), &ec2.CreateRouteInput{
		// RouteTableId: *string (required)
		NatGatewayId: natGateway.NatGateway.NatGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-route", out)
}
