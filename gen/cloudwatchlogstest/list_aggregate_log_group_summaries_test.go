package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListAggregateLogGroupSummaries is the parity test of CloudWatch Logs ListAggregateLogGroupSummaries.
// ListAggregateLogGroupSummaries: Returns an aggregate summary of all log groups in the Region grouped by specified data source characteristics.
func TestListAggregateLogGroupSummaries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListAggregateLogGroupSummaries(t.Context(), &cloudwatchlogs.ListAggregateLogGroupSummariesInput{
		// GroupBy: types.ListAggregateLogGroupSummariesGroupBy (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-aggregate-log-group-summaries", out)
}
