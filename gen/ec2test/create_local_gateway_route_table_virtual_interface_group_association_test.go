package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation is the parity test of EC2 CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation.
// CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation: Creates a local gateway route table virtual interface group association.
func TestCreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	localGatewayRouteTable := ec2test.CreateLocalGatewayRouteTable(t, client)
	out, err := client.CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation(t.Context(), &ec2.CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationInput{
		LocalGatewayRouteTableId: localGatewayRouteTable.LocalGatewayRouteTable.LocalGatewayRouteTableId,
		// LocalGatewayVirtualInterfaceGroupId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-local-gateway-route-table-virtual-interface-group-association", out)
}
