package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpcPeeringConnectionOptions is the parity test of EC2 ModifyVpcPeeringConnectionOptions.
// ModifyVpcPeeringConnectionOptions: Modifies the VPC peering connection options on one side of a VPC peering connection.
func TestModifyVpcPeeringConnectionOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyVpcPeeringConnectionOptions(t.Context(), &ec2.ModifyVpcPeeringConnectionOptionsInput{
		// VpcPeeringConnectionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpc-peering-connection-options", out)
}
