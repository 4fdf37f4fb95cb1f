package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTrafficPolicyInstancesByPolicy is the parity test of Route 53 ListTrafficPolicyInstancesByPolicy.
// ListTrafficPolicyInstancesByPolicy: Gets information about the traffic policy instances that you created by using a specify traffic policy version.
func TestListTrafficPolicyInstancesByPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListTrafficPolicyInstancesByPolicy(t.Context(), &route53.ListTrafficPolicyInstancesByPolicyInput{
		// TrafficPolicyId: *string (required)
		// TrafficPolicyVersion: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-traffic-policy-instances-by-policy", out)
}
