package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListTrafficPolicyInstancesByHostedZone is the parity test of Route 53 ListTrafficPolicyInstancesByHostedZone.
// ListTrafficPolicyInstancesByHostedZone: Gets information about the traffic policy instances that you created in a specified hosted zone.
func TestListTrafficPolicyInstancesByHostedZone(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListTrafficPolicyInstancesByHostedZone(t.Context(), &route53.ListTrafficPolicyInstancesByHostedZoneInput{
		// HostedZoneId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-traffic-policy-instances-by-hosted-zone", out)
}
