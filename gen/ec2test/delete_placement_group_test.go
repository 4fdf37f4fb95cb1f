package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeletePlacementGroup is the parity test of EC2 DeletePlacementGroup.
// DeletePlacementGroup: Deletes the specified placement group.
func TestDeletePlacementGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	var placementGroup *string
	ec2test.CreatePlacementGroup(t, client, func(in *ec2.CreatePlacementGroupInput) { placementGroup = in.GroupName })
	out, err := client.DeletePlacementGroup(t.Context(), &ec2.DeletePlacementGroupInput{
		GroupName: placementGroup,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-placement-group", out)
}
