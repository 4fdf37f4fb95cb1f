package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations is the parity test of EC2 DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations.
// DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations: Describes the associations between virtual interface groups and local gateway route tables.
func TestDescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations(t.Context(), &ec2.DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-local-gateway-route-table-virtual-interface-group-associations", out)
}
