package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpnGateway is the parity test of EC2 CreateVpnGateway.
// CreateVpnGateway: Creates a virtual private gateway.
func TestCreateVpnGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVpnGateway calls CreateVpnGateway with the input below and deletes the VpnGateway when the test ends.
	out := ec2test.CreateVpnGateway(t, client, func(in *ec2.CreateVpnGatewayInput) {
		// in.Type = types.GatewayType (required)
	})
	snap.Match("create-vpn-gateway", out)
}
