package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTrafficMirrorTarget is the parity test of EC2 CreateTrafficMirrorTarget.
// CreateTrafficMirrorTarget: Creates a target for your Traffic Mirror session.
func TestCreateTrafficMirrorTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateTrafficMirrorTarget calls CreateTrafficMirrorTarget with the input below and deletes the TrafficMirrorTarget when the test ends.
	out := ec2test.CreateTrafficMirrorTarget(t, client, func(in *ec2.CreateTrafficMirrorTargetInput) {
	})
	snap.Match("create-traffic-mirror-target", out)
}
