package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTrafficMirrorFilter is the parity test of EC2 CreateTrafficMirrorFilter.
// CreateTrafficMirrorFilter: Creates a Traffic Mirror filter.
func TestCreateTrafficMirrorFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateTrafficMirrorFilter calls CreateTrafficMirrorFilter with the input below and deletes the TrafficMirrorFilter when the test ends.
	out := ec2test.CreateTrafficMirrorFilter(t, client, func(in *ec2.CreateTrafficMirrorFilterInput) {
	})
	snap.Match("create-traffic-mirror-filter", out)
}
