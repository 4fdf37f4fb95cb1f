package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTrafficMirrorTarget is the parity test of EC2 DeleteTrafficMirrorTarget.
// DeleteTrafficMirrorTarget: Deletes the specified Traffic Mirror target.
func TestDeleteTrafficMirrorTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorTarget := ec2test.CreateTrafficMirrorTarget(t, client)
	out, err := client.DeleteTrafficMirrorTarget(t.Context(), &ec2.DeleteTrafficMirrorTargetInput{
		TrafficMirrorTargetId: trafficMirrorTarget.TrafficMirrorTarget.TrafficMirrorTargetId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-traffic-mirror-target", out)
}
