package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutQueryDefinition is the parity test of CloudWatch Logs PutQueryDefinition.
// PutQueryDefinition: Creates or updates a query definition for CloudWatch Logs Insights.
func TestPutQueryDefinition(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateQueryDefinition calls PutQueryDefinition with the input below and deletes the QueryDefinition when the test ends.
	out := cloudwatchlogstest.CreateQueryDefinition(t, client, func(in *cloudwatchlogs.PutQueryDefinitionInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.QueryString = *string (required)
	})
	snap.Match("put-query-definition", out)
}
