package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTrafficMirrorFilterRule is the parity test of EC2 DeleteTrafficMirrorFilterRule.
// DeleteTrafficMirrorFilterRule: Deletes the specified Traffic Mirror rule.
func TestDeleteTrafficMirrorFilterRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteTrafficMirrorFilterRule(t.Context(), &ec2.DeleteTrafficMirrorFilterRuleInput{
		// TrafficMirrorFilterRuleId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-traffic-mirror-filter-rule", out)
}
