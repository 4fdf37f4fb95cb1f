package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyAvailabilityZoneGroup is the parity test of EC2 ModifyAvailabilityZoneGroup.
// ModifyAvailabilityZoneGroup: Changes the opt-in status of the specified zone group for your account.
func TestModifyAvailabilityZoneGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	var placementGroup *string
	ec2test.CreatePlacementGroup(t, client, func(in *ec2.CreatePlacementGroupInput) { placementGroup = in.GroupName })
	out, err := client.ModifyAvailabilityZoneGroup(t.Context(), &ec2.ModifyAvailabilityZoneGroupInput{
		GroupName: placementGroup,
		// OptInStatus: types.ModifyAvailabilityZoneOptInStatus (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-availability-zone-group", out)
}
