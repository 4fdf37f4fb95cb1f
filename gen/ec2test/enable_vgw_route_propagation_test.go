package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableVgwRoutePropagation is the parity test of EC2 EnableVgwRoutePropagation.
// EnableVgwRoutePropagation: Enables a virtual private gateway (VGW) to propagate routes to the specified route table of a VPC.
func TestEnableVgwRoutePropagation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.EnableVgwRoutePropagation(t.Context(), &ec2.EnableVgwRoutePropagationInput{
		// GatewayId: *string (required)
		// RouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-vgw-route-propagation", out)
}
