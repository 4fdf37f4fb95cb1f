package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLocalGatewayRoute is the parity test of EC2 DeleteLocalGatewayRoute.
// DeleteLocalGatewayRoute: Deletes the specified route from the specified local gateway route table.
func TestDeleteLocalGatewayRoute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	localGatewayRouteTable := ec2test.CreateLocalGatewayRouteTable(t, client)
	out, err := client.DeleteLocalGatewayRoute(t.Context(), &ec2.DeleteLocalGatewayRouteInput{
		LocalGatewayRouteTableId: localGatewayRouteTable.LocalGatewayRouteTable.LocalGatewayRouteTableId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-local-gateway-route", out)
}
