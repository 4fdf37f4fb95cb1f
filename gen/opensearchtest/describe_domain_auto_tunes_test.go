package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeDomainAutoTunes is the parity test of OpenSearch DescribeDomainAutoTunes.
// DescribeDomainAutoTunes: Returns the list of optimizations that Auto-Tune has made to an Amazon OpenSearch Service domain.
func TestDescribeDomainAutoTunes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	var domain *string
	opensearchtest.CreateDomain(t, client, func(in *opensearch.CreateDomainInput) { domain = in.DomainName })
	out, err := client.DescribeDomainAutoTunes(t.Context(), &opensearch.DescribeDomainAutoTunesInput{
		DomainName: domain,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-domain-auto-tunes", out)
}
