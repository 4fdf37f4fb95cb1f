package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateVpnConnection is the parity test of EC2 CreateVpnConnection.
// CreateVpnConnection: Creates a VPN connection between an existing virtual private gateway or transit gateway and a customer gateway.
func TestCreateVpnConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	customerGateway := ec2test.CreateCustomerGateway(t, client)
	out, err := client.CreateVpnConnection(t.Context(), &ec2.CreateVpnConnectionInput{
		CustomerGatewayId: customerGateway.CustomerGateway.CustomerGatewayId,
		// Type: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-vpn-connection", out)
}
