package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpgradeDomain is the parity test of OpenSearch UpgradeDomain.
// UpgradeDomain: Allows you to either upgrade your Amazon OpenSearch Service domain or perform an upgrade eligibility check to a compatible version of OpenSearch or Elasticsearch.
func TestUpgradeDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.UpgradeDomain(t.Context(), &opensearch.UpgradeDomainInput{
		DomainName: domain,
		// TargetVersion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upgrade-domain", out)
}
