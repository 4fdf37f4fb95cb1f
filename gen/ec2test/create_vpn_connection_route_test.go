package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVpnConnectionRoute is the parity test of EC2 CreateVpnConnectionRoute.
// CreateVpnConnectionRoute: Creates a static route associated with a VPN connection between an existing virtual private gateway and a VPN customer gateway.
func TestCreateVpnConnectionRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateVpnConnectionRoute(t.Context(), &ec2.CreateVpnConnectionRouteInput{
		// DestinationCidrBlock: *string (required)
		// VpnConnectionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-vpn-connection-route", out)
}
