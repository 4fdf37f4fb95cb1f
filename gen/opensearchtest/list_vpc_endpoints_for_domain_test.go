package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListVpcEndpointsForDomain is the parity test of OpenSearch ListVpcEndpointsForDomain.
// ListVpcEndpointsForDomain: Retrieves all Amazon OpenSearch Service-managed VPC endpoints associated with a particular domain.
func TestListVpcEndpointsForDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.ListVpcEndpointsForDomain(t.Context(), &opensearch.ListVpcEndpointsForDomainInput{
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-vpc-endpoints-for-domain", out)
}
