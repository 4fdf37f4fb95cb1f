package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeTrafficMirrorFilterRules is the parity test of EC2 DescribeTrafficMirrorFilterRules.
// DescribeTrafficMirrorFilterRules: Describe traffic mirror filters that determine the traffic that is mirrored.
func TestDescribeTrafficMirrorFilterRules(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorFilter := ec2test.CreateTrafficMirrorFilter(t, client)
	out, err := client.DescribeTrafficMirrorFilterRules(t.Context(), &ec2.DescribeTrafficMirrorFilterRulesInput{
		TrafficMirrorFilterId: trafficMirrorFilter.TrafficMirrorFilter.TrafficMirrorFilterId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-traffic-mirror-filter-rules", out)
}
