package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTrafficPolicyInstance is the parity test of Route 53 CreateTrafficPolicyInstance.
// CreateTrafficPolicyInstance: Creates resource record sets in a specified hosted zone based on the settings in a specified traffic policy version.
func TestCreateTrafficPolicyInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateTrafficPolicyInstance(t.Context(), &route53.CreateTrafficPolicyInstanceInput{
		// HostedZoneId: *string (required)
		// Name: *string (required)
		// TTL: *int64 (required)
		// TrafficPolicyId: *string (required)
		// TrafficPolicyVersion: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-traffic-policy-instance", out)
}
