package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateDomain is the parity test of OpenSearch CreateDomain.
// CreateDomain: Creates an Amazon OpenSearch Service domain.
func TestCreateDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	// opensearchtest.CreateDomain calls CreateDomain with the input below and deletes the Domain when the test ends.
	out := opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) {
		// in.DomainName = *string (required; the fixture sets it)
	})
	snap.Match("create-domain", out)
}
