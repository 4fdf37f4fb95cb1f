package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateScheduledQuery is the parity test of CloudWatch Logs UpdateScheduledQuery.
// UpdateScheduledQuery: Updates an existing scheduled query with new configuration.
func TestUpdateScheduledQuery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateScheduledQuery(t.Context(), &cloudwatchlogs.UpdateScheduledQueryInput{
		// Identifier: *string (required)
		// QueryLanguage: types.QueryLanguage (required)
		// QueryString: *string (required)
		// ScheduleExpression: *string (required)
		// ExecutionRoleArn: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-scheduled-query", out)
}
