package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateTrafficPolicyInstance is the parity test of Route 53 CreateTrafficPolicyInstance.
// CreateTrafficPolicyInstance: Creates resource record sets in a specified hosted zone based on the settings in a specified traffic policy version.
func TestCreateTrafficPolicyInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	// route53test.CreateTrafficPolicyInstance calls CreateTrafficPolicyInstance with the input below and deletes the TrafficPolicyInstance when the test ends.
	out := route53test.CreateTrafficPolicyInstance(t, client, func(in *route53.CreateTrafficPolicyInstanceInput) {
		// in.HostedZoneId = *string (required)
		// in.Name = *string (required; the fixture sets it)
		// in.TTL = *int64 (required)
		// in.TrafficPolicyId = *string (required)
		// in.TrafficPolicyVersion = *int32 (required)
	})
	snap.Match("create-traffic-policy-instance", out)
}
