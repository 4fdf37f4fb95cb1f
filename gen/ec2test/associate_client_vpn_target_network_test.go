package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateClientVpnTargetNetwork is the parity test of EC2 AssociateClientVpnTargetNetwork.
// AssociateClientVpnTargetNetwork: Associates a target network with a Client VPN endpoint.
func TestAssociateClientVpnTargetNetwork(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.AssociateClientVpnTargetNetwork(t.Context(), &ec2.AssociateClientVpnTargetNetworkInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-client-vpn-target-network", out)
}
