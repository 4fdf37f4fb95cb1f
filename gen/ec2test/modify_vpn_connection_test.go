package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpnConnection is the parity test of EC2 ModifyVpnConnection.
// ModifyVpnConnection: Modifies the customer gateway or the target gateway of an Amazon Web Services Site-to-Site VPN connection.
func TestModifyVpnConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	customerGateway := ec2test.CreateCustomerGateway(t, client)
	out, err := client.ModifyVpnConnection(t.Context(), &ec2.ModifyVpnConnectionInput{
		// VpnConnectionId: *string (required)
		CustomerGatewayId: customerGateway.CustomerGateway.CustomerGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpn-connection", out)
}
