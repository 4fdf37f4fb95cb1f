package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateLocalGatewayVirtualInterfaceGroup is the parity test of EC2 CreateLocalGatewayVirtualInterfaceGroup.
// CreateLocalGatewayVirtualInterfaceGroup: Create a local gateway virtual interface group.
func TestCreateLocalGatewayVirtualInterfaceGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateLocalGatewayVirtualInterfaceGroup calls CreateLocalGatewayVirtualInterfaceGroup with the input below and deletes the LocalGatewayVirtualInterfaceGroup when the test ends.
	out := ec2test.CreateLocalGatewayVirtualInterfaceGroup(t, client, func(in *ec2.CreateLocalGatewayVirtualInterfaceGroupInput) {
		// in.LocalGatewayId = *string (required)
	})
	snap.Match("create-local-gateway-virtual-interface-group", out)
}
