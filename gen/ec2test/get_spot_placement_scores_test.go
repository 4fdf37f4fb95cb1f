package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSpotPlacementScores is the parity test of EC2 GetSpotPlacementScores.
// GetSpotPlacementScores: Calculates the Spot placement score for a Region or Availability Zone based on the specified target capacity and compute requirements.
func TestGetSpotPlacementScores(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetSpotPlacementScores(t.Context(), &ec2.GetSpotPlacementScoresInput{
		// TargetCapacity: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-spot-placement-scores", out)
}
