package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateLocalGatewayVirtualInterface is the parity test of EC2 CreateLocalGatewayVirtualInterface.
// CreateLocalGatewayVirtualInterface: Create a virtual interface for a local gateway.
func TestCreateLocalGatewayVirtualInterface(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	localGatewayVirtualInterfaceGroup := ec2test.CreateLocalGatewayVirtualInterfaceGroup(t, client)
	out, err := client.CreateLocalGatewayVirtualInterface(t.Context(), &ec2.CreateLocalGatewayVirtualInterfaceInput{
		LocalGatewayVirtualInterfaceGroupId: localGatewayVirtualInterfaceGroup.LocalGatewayVirtualInterfaceGroup.LocalGatewayVirtualInterfaceGroupId,
		// OutpostLagId: *string (required)
		// Vlan: *int32 (required)
		// LocalAddress: *string (required)
		// PeerAddress: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-local-gateway-virtual-interface", out)
}
