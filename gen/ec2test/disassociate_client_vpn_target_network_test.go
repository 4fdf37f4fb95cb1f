package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateClientVpnTargetNetwork is the parity test of EC2 DisassociateClientVpnTargetNetwork.
// DisassociateClientVpnTargetNetwork: Disassociates a target network from the specified Client VPN endpoint.
func TestDisassociateClientVpnTargetNetwork(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.DisassociateClientVpnTargetNetwork(t.Context(), &ec2.DisassociateClientVpnTargetNetworkInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
		// AssociationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-client-vpn-target-network", out)
}
