package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetScheduledQueryHistory is the parity test of CloudWatch Logs GetScheduledQueryHistory.
// GetScheduledQueryHistory: Retrieves the execution history of a scheduled query within a specified time range, including query results and destination processing status.
func TestGetScheduledQueryHistory(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.GetScheduledQueryHistory(t.Context(), &cloudwatchlogs.GetScheduledQueryHistoryInput{
		// Identifier: *string (required)
		// StartTime: *int64 (required)
		// EndTime: *int64 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-scheduled-query-history", out)
}
