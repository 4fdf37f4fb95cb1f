package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetGeoLocation is the parity test of Route 53 GetGeoLocation.
// GetGeoLocation: Gets information about whether a specified geographic location is supported for Amazon Route 53 geolocation resource record sets.
func TestGetGeoLocation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.GetGeoLocation(t.Context(), &route53.GetGeoLocationInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-geo-location", out)
}
