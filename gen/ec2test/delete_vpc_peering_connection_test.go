package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpcPeeringConnection is the parity test of EC2 DeleteVpcPeeringConnection.
// DeleteVpcPeeringConnection: Deletes a VPC peering connection.
func TestDeleteVpcPeeringConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteVpcPeeringConnection(t.Context(), &ec2.DeleteVpcPeeringConnectionInput{
		// VpcPeeringConnectionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-peering-connection", out)
}
