package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetActiveVpnTunnelStatus is the parity test of EC2 GetActiveVpnTunnelStatus.
// GetActiveVpnTunnelStatus: Returns the currently negotiated security parameters for an active VPN tunnel, including IKE version, DH groups, encryption algorithms, and integrity algorithms.
func TestGetActiveVpnTunnelStatus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetActiveVpnTunnelStatus(t.Context(), &ec2.GetActiveVpnTunnelStatusInput{
		// VpnConnectionId: *string (required)
		// VpnTunnelOutsideIpAddress: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-active-vpn-tunnel-status", out)
}
