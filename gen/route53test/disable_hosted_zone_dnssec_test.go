package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableHostedZoneDNSSEC is the parity test of Route 53 DisableHostedZoneDNSSEC.
// DisableHostedZoneDNSSEC: Disables DNSSEC signing in a specific hosted zone.
func TestDisableHostedZoneDNSSEC(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.DisableHostedZoneDNSSEC(t.Context(), &route53.DisableHostedZoneDNSSECInput{
		// HostedZoneId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-hosted-zone-dnssec", out)
}
