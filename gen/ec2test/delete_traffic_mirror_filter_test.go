package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTrafficMirrorFilter is the parity test of EC2 DeleteTrafficMirrorFilter.
// DeleteTrafficMirrorFilter: Deletes the specified Traffic Mirror filter.
func TestDeleteTrafficMirrorFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorFilter := ec2test.CreateTrafficMirrorFilter(t, client)
	out, err := client.DeleteTrafficMirrorFilter(t.Context(), &ec2.DeleteTrafficMirrorFilterInput{
		TrafficMirrorFilterId: trafficMirrorFilter.TrafficMirrorFilter.TrafficMirrorFilterId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-traffic-mirror-filter", out)
}
