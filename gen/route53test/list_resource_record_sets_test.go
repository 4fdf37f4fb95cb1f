package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListResourceRecordSets is the parity test of Route 53 ListResourceRecordSets.
// ListResourceRecordSets: Lists the resource record sets in a specified hosted zone.
func TestListResourceRecordSets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ListResourceRecordSets(t.Context(), &route53.ListResourceRecordSetsInput{
		// HostedZoneId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-resource-record-sets", out)
}
