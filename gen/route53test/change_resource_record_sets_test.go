package route53test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/awsparity/awsparity/gen/route53test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestChangeResourceRecordSets is the parity test of Route 53 ChangeResourceRecordSets.
// ChangeResourceRecordSets: Creates, changes, or deletes a resource record set, which contains authoritative DNS information for a specified domain name or subdomain name.
func TestChangeResourceRecordSets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(route53test.Transformers()...))
	client := newClient(t)
	out, err := client.ChangeResourceRecordSets(t.Context(), &route53.ChangeResourceRecordSetsInput{
		// HostedZoneId: *string (required)
		// ChangeBatch: *types.ChangeBatch (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("change-resource-record-sets", out)
}
