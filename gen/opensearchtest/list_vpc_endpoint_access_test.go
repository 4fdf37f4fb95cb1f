package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListVpcEndpointAccess is the parity test of OpenSearch ListVpcEndpointAccess.
// ListVpcEndpointAccess: Retrieves information about each Amazon Web Services principal that is allowed to access a given Amazon OpenSearch Service domain through the use of an interface VPC endpoint.
func TestListVpcEndpointAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.ListVpcEndpointAccess(t.Context(), &opensearch.ListVpcEndpointAccessInput{
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-vpc-endpoint-access", out)
}
