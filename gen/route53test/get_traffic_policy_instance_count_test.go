package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTrafficPolicyInstanceCount is the parity test of Route 53 GetTrafficPolicyInstanceCount.
// GetTrafficPolicyInstanceCount: Gets the number of traffic policy instances that are associated with the current Amazon Web Services account.
func TestGetTrafficPolicyInstanceCount(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetTrafficPolicyInstanceCount(t.Context(), &route53.GetTrafficPolicyInstanceCountInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-traffic-policy-instance-count", out)
}
