package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListInstanceTypeDetails is the parity test of OpenSearch ListInstanceTypeDetails.
// ListInstanceTypeDetails: Lists all instance types and available features for a given OpenSearch or Elasticsearch version.
func TestListInstanceTypeDetails(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.ListInstanceTypeDetails(t.Context(), &opensearch.ListInstanceTypeDetailsInput{
		// EngineVersion: *string (required)
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-instance-type-details", out)
}
