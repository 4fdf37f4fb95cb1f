package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreatePlacementGroup is the parity test of EC2 CreatePlacementGroup.
// CreatePlacementGroup: Creates a placement group in which to launch instances.
func TestCreatePlacementGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreatePlacementGroup calls CreatePlacementGroup with the input below and deletes the PlacementGroup when the test ends.
	out := ec2test.CreatePlacementGroup(t, client, func(in *ec2.CreatePlacementGroupInput) {
	})
	snap.Match("create-placement-group", out)
}
