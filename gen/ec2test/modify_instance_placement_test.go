package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyInstancePlacement is the parity test of EC2 ModifyInstancePlacement.
// ModifyInstancePlacement: Modifies the placement attributes for a specified instance.
func TestModifyInstancePlacement(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	var placementGroup *string
	ec2test.CreatePlacementGroup(t, client, func(in *ec2.CreatePlacementGroupInput) { placementGroup = in.GroupName })
	out, err := client.ModifyInstancePlacement(t.Context(), &ec2.ModifyInstancePlacementInput{
		GroupName: placementGroup,
		// InstanceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-instance-placement", out)
}
