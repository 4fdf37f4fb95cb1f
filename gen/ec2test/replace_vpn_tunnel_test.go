package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceVpnTunnel is the parity test of EC2 ReplaceVpnTunnel.
// ReplaceVpnTunnel: Trigger replacement of specified VPN tunnel.
func TestReplaceVpnTunnel(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReplaceVpnTunnel(t.Context(), &ec2.ReplaceVpnTunnelInput{
		// VpnConnectionId: *string (required)
		// VpnTunnelOutsideIpAddress: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-vpn-tunnel", out)
}
