package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpnGateway is the parity test of EC2 DeleteVpnGateway.
// DeleteVpnGateway: Deletes the specified virtual private gateway.
func TestDeleteVpnGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpnGateway := ec2test.CreateVpnGateway(t, client)
	out, err := client.DeleteVpnGateway(t.Context(), &ec2.DeleteVpnGatewayInput{
		VpnGatewayId: vpnGateway.VpnGateway.VpnGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpn-gateway", out)
}
