package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestApplySecurityGroupsToClientVpnTargetNetwork is the parity test of EC2 ApplySecurityGroupsToClientVpnTargetNetwork.
// ApplySecurityGroupsToClientVpnTargetNetwork: Applies a security group to the association between the target network and the Client VPN endpoint.
func TestApplySecurityGroupsToClientVpnTargetNetwork(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	clientVpnEndpoint := ec2test.CreateClientVpnEndpoint(t, client)
	out, err := client.ApplySecurityGroupsToClientVpnTargetNetwork(t.Context(), &ec2.ApplySecurityGroupsToClientVpnTargetNetworkInput{
		ClientVpnEndpointId: clientVpnEndpoint.ClientVpnEndpointId,
		// VpcId: *string (required)
		// SecurityGroupIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("apply-security-groups-to-client-vpn-target-network", out)
}
