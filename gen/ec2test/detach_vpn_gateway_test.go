package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDetachVpnGateway is the parity test of EC2 DetachVpnGateway.
// DetachVpnGateway: Detaches a virtual private gateway from a VPC.
func TestDetachVpnGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpnGateway := ec2test.CreateVpnGateway(t, client)
	out, err := client.DetachVpnGateway(t.Context(), &ec2.DetachVpnGatewayInput{
		// VpcId: *string (required)
		VpnGatewayId: vpnGateway.VpnGateway.VpnGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("detach-vpn-gateway", out)
}
