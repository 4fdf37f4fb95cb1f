package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSourcesForS3TableIntegration is the parity test of CloudWatch Logs ListSourcesForS3TableIntegration.
// ListSourcesForS3TableIntegration: Returns a list of data source associations for a specified S3 Table Integration, showing which data sources are currently associated for query access.
func TestListSourcesForS3TableIntegration(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListSourcesForS3TableIntegration(t.Context(), &cloudwatchlogs.ListSourcesForS3TableIntegrationInput{
		// IntegrationArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-sources-for-s3-table-integration", out)
}
