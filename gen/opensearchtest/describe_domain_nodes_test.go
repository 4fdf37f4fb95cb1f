package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDomainNodes is the parity test of OpenSearch DescribeDomainNodes.
// DescribeDomainNodes: Returns information about domain and nodes, including data nodes, master nodes, ultrawarm nodes, Availability Zone(s), standby nodes, node configurations, and node states.
func TestDescribeDomainNodes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.DescribeDomainNodes(t.Context(), &opensearch.DescribeDomainNodesInput{
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-domain-nodes", out)
}
