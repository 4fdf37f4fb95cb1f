package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateLocalGatewayRouteTable is the parity test of EC2 CreateLocalGatewayRouteTable.
// CreateLocalGatewayRouteTable: Creates a local gateway route table.
func TestCreateLocalGatewayRouteTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateLocalGatewayRouteTable calls CreateLocalGatewayRouteTable with the input below and deletes the LocalGatewayRouteTable when the test ends.
	out := ec2test.CreateLocalGatewayRouteTable(t, client, func(in *ec2.CreateLocalGatewayRouteTableInput) {
		// in.LocalGatewayId = *string (required)
	})
	snap.Match("create-local-gateway-route-table", out)
}
