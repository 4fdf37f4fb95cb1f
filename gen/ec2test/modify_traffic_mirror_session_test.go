package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyTrafficMirrorSession is the parity test of EC2 ModifyTrafficMirrorSession.
// ModifyTrafficMirrorSession: Modifies a Traffic Mirror session.
func TestModifyTrafficMirrorSession(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorFilter := ec2test.CreateTrafficMirrorFilter(t, client)
	out, err := client.ModifyTrafficMirrorSession(t.Context(), &ec2.ModifyTrafficMirrorSessionInput{
		// TrafficMirrorSessionId: *string (required)
		TrafficMirrorFilterId: trafficMirrorFilter.TrafficMirrorFilter.TrafficMirrorFilterId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-traffic-mirror-session", out)
}
