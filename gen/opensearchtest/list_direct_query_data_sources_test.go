package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListDirectQueryDataSources is the parity test of OpenSearch ListDirectQueryDataSources.
// ListDirectQueryDataSources: Lists an inventory of all the direct query data sources that you have configured within Amazon OpenSearch Service.
func TestListDirectQueryDataSources(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListDirectQueryDataSources(t.Context(), &opensearch.ListDirectQueryDataSourcesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-direct-query-data-sources", out)
}
