package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLocalGatewayRouteTableVpcAssociation is the parity test of EC2 DeleteLocalGatewayRouteTableVpcAssociation.
// DeleteLocalGatewayRouteTableVpcAssociation: Deletes the specified association between a VPC and local gateway route table.
func TestDeleteLocalGatewayRouteTableVpcAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteLocalGatewayRouteTableVpcAssociation(t.Context(), &ec2.DeleteLocalGatewayRouteTableVpcAssociationInput{
		// LocalGatewayRouteTableVpcAssociationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-local-gateway-route-table-vpc-association", out)
}
