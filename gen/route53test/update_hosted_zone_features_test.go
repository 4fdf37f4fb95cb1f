package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateHostedZoneFeatures is the parity test of Route 53 UpdateHostedZoneFeatures.
// UpdateHostedZoneFeatures: Updates the features configuration for a hosted zone.
func TestUpdateHostedZoneFeatures(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateHostedZoneFeatures(t.Context(), &route53.UpdateHostedZoneFeaturesInput{
		// HostedZoneId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-hosted-zone-features", out)
}
