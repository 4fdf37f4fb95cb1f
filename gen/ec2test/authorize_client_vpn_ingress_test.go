package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAuthorizeClientVpnIngress is the parity test of EC2 AuthorizeClientVpnIngress.
// AuthorizeClientVpnIngress: Adds an ingress authorization rule to a Client VPN endpoint.
func TestAuthorizeClientVpnIngress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.AuthorizeClientVpnIngress(t.Context(), &ec2.AuthorizeClientVpnIngressInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
		// TargetNetworkCidr: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("authorize-client-vpn-ingress", out)
}
