package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListHostedZonesByName is the parity test of Route 53 ListHostedZonesByName.
// ListHostedZonesByName: Retrieves a list of your hosted zones in lexicographic order.
func TestListHostedZonesByName(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListHostedZonesByName(t.Context(), &route53.ListHostedZonesByNameInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-hosted-zones-by-name", out)
}
