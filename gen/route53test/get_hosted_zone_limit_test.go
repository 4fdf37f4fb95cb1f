package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetHostedZoneLimit is the parity test of Route 53 GetHostedZoneLimit.
// GetHostedZoneLimit: Gets the specified limit for a specified hosted zone, for example, the maximum number of records that you can create in the hosted zone.
func TestGetHostedZoneLimit(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetHostedZoneLimit(t.Context(), &route53.GetHostedZoneLimitInput{
		// Type: types.HostedZoneLimitType (required)
		// HostedZoneId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-hosted-zone-limit", out)
}
