package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRevokeClientVpnIngress is the parity test of EC2 RevokeClientVpnIngress.
// RevokeClientVpnIngress: Removes an ingress authorization rule from a Client VPN endpoint.
func TestRevokeClientVpnIngress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.RevokeClientVpnIngress(t.Context(), &ec2.RevokeClientVpnIngressInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
		// TargetNetworkCidr: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("revoke-client-vpn-ingress", out)
}
