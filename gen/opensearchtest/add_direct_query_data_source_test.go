package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddDirectQueryDataSource is the parity test of OpenSearch AddDirectQueryDataSource.
// AddDirectQueryDataSource: Adds a new data source in Amazon OpenSearch Service so that you can perform direct queries on external data.
func TestAddDirectQueryDataSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.AddDirectQueryDataSource(t.Context(), &opensearch.AddDirectQueryDataSourceInput{
		// DataSourceName: *string (required)
		// DataSourceType: types.DirectQueryDataSourceType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-direct-query-data-source", out)
}
