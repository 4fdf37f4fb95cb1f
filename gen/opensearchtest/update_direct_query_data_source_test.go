package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateDirectQueryDataSource is the parity test of OpenSearch UpdateDirectQueryDataSource.
// UpdateDirectQueryDataSource: Updates the configuration or properties of an existing direct query data source in Amazon OpenSearch Service.
func TestUpdateDirectQueryDataSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateDirectQueryDataSource(t.Context(), &opensearch.UpdateDirectQueryDataSourceInput{
		// DataSourceName: *string (required)
		// DataSourceType: types.DirectQueryDataSourceType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-direct-query-data-source", out)
}
