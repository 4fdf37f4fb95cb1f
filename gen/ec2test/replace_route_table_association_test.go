package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestReplaceRouteTableAssociation is the parity test of EC2 ReplaceRouteTableAssociation.
// ReplaceRouteTableAssociation: Changes the route table associated with a given subnet, internet gateway, or virtual private gateway in a VPC.
func TestReplaceRouteTableAssociation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ReplaceRouteTableAssociation(t.Context(), &ec2.ReplaceRouteTableAssociationInput{
		// AssociationId: *string (required)
		// RouteTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("replace-route-table-association", out)
}
