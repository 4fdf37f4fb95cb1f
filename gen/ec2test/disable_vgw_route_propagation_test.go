package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableVgwRoutePropagation is the parity test of EC2 DisableVgwRoutePropagation.
// DisableVgwRoutePropagation: Disables a virtual private gateway (VGW) from propagating routes to a specified route table of a VPC.
func TestDisableVgwRoutePropagation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DisableVgwRoutePropagation(t.Context(), &ec2.DisableVgwRoutePropagationInput{
		// GatewayId: *string (required)
		// RouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-vgw-route-propagation", out)
}
