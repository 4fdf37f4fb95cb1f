package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetScheduledQuery is the parity test of CloudWatch Logs GetScheduledQuery.
// GetScheduledQuery: Retrieves details about a specific scheduled query, including its configuration, execution status, and metadata.
func TestGetScheduledQuery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetScheduledQuery(t.Context(), &cloudwatchlogs.GetScheduledQueryInput{
		// Identifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-scheduled-query", out)
}
