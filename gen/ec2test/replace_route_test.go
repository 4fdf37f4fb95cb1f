package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceRoute is the parity test of EC2 ReplaceRoute.
// ReplaceRoute: Replaces an existing route within a route table in a VPC.
func TestReplaceRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	natGateway := ec2test.CreateNatGateway(t, client)
	out, err := client.ReplaceRoute(t.Context(), &ec2.ReplaceRouteInput{
		// RouteTableId: *string (required)
		NatGatewayId: natGateway.NatGateway.NatGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-route", out)
}
