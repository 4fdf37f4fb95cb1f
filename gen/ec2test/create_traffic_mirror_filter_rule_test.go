package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTrafficMirrorFilterRule is the parity test of EC2 CreateTrafficMirrorFilterRule.
// CreateTrafficMirrorFilterRule: Creates a Traffic Mirror filter rule.
func TestCreateTrafficMirrorFilterRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	trafficMirrorFilter := ec2test.CreateTrafficMirrorFilter(t, client)
	out, err := client.CreateTrafficMirrorFilterRule(t.Context(), &ec2.CreateTrafficMirrorFilterRuleInput{
		TrafficMirrorFilterId: trafficMirrorFilter.TrafficMirrorFilter.TrafficMirrorFilterId,
		// TrafficDirection: types.TrafficDirection (required)
		// RuleNumber: *int32 (required)
		// RuleAction: types.TrafficMirrorRuleAction (required)
		// DestinationCidrBlock: *string (required)
		// SourceCidrBlock: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-traffic-mirror-filter-rule", out)
}
