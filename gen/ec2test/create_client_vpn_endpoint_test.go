package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateClientVpnEndpoint is the parity test of EC2 CreateClientVpnEndpoint.
// CreateClientVpnEndpoint: Creates a Client VPN endpoint.
func TestCreateClientVpnEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateClientVpnEndpoint calls CreateClientVpnEndpoint with the input below and deletes the ClientVpnEndpoint when the test ends.
	out := ec2test.CreateClientVpnEndpoint(t, client, func(in *ec2.CreateClientVpnEndpointInput) {
		// in.ServerCertificateArn = *string (required)
		// in.AuthenticationOptions = []types.ClientVpnAuthenticationRequest (required)
		// in.ConnectionLogOptions = *types.ConnectionLogOptions (required)
	})
	snap.Match("create-client-vpn-endpoint", out)
}
