package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteDirectQueryDataSource is the parity test of OpenSearch DeleteDirectQueryDataSource.
// DeleteDirectQueryDataSource: Deletes a previously configured direct query data source from Amazon OpenSearch Service.
func TestDeleteDirectQueryDataSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteDirectQueryDataSource(t.Context(), &opensearch.DeleteDirectQueryDataSourceInput{
		// DataSourceName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-direct-query-data-source", out)
}
