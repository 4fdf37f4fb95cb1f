package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListHostedZonesByVPC is the parity test of Route 53 ListHostedZonesByVPC.
// ListHostedZonesByVPC: Lists all the private hosted zones that a specified VPC is associated with, regardless of which Amazon Web Services account or Amazon Web Services service owns the hosted zones.
func TestListHostedZonesByVPC(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListHostedZonesByVPC(t.Context(), &route53.ListHostedZonesByVPCInput{
		// VPCId: *string (required)
		// VPCRegion: types.VPCRegion (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-hosted-zones-by-vpc", out)
}
