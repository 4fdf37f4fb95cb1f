package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListCidrLocations is the parity test of Route 53 ListCidrLocations.
// ListCidrLocations: Returns a paginated list of CIDR locations for the given collection (metadata only, does not include CIDR blocks).
func TestListCidrLocations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListCidrLocations(t.Context(), &route53.ListCidrLocationsInput{
		// CollectionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-cidr-locations", out)
}
