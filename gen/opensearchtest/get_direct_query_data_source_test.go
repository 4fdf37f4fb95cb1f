package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDirectQueryDataSource is the parity test of OpenSearch GetDirectQueryDataSource.
// GetDirectQueryDataSource: Returns detailed configuration information for a specific direct query data source in Amazon OpenSearch Service.
func TestGetDirectQueryDataSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDirectQueryDataSource(t.Context(), &opensearch.GetDirectQueryDataSourceInput{
		// DataSourceName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-direct-query-data-source", out)
}
