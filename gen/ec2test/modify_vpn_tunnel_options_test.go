package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpnTunnelOptions is the parity test of EC2 ModifyVpnTunnelOptions.
// ModifyVpnTunnelOptions: Modifies the options for a VPN tunnel in an Amazon Web Services Site-to-Site VPN connection.
func TestModifyVpnTunnelOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyVpnTunnelOptions(t.Context(), &ec2.ModifyVpnTunnelOptionsInput{
		// VpnConnectionId: *string (required)
		// VpnTunnelOutsideIpAddress: *string (required)
		// TunnelOptions: *types.ModifyVpnTunnelOptionsSpecification (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpn-tunnel-options", out)
}
