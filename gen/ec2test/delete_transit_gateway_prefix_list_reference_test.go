package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGatewayPrefixListReference is the parity test of EC2 DeleteTransitGatewayPrefixListReference.
// DeleteTransitGatewayPrefixListReference: Deletes a reference (route) to a prefix list in a specified transit gateway route table.
func TestDeleteTransitGatewayPrefixListReference(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	managedPrefixList := ec2test.CreateManagedPrefixList(t, client)
	out, err := client.DeleteTransitGatewayPrefixListReference(t.Context(), &ec2.DeleteTransitGatewayPrefixListReferenceInput{
		// TransitGatewayRouteTableId: *string (required)
		PrefixListId: managedPrefixList.PrefixList.PrefixListId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway-prefix-list-reference", out)
}
