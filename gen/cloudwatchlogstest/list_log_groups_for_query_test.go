package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListLogGroupsForQuery is the parity test of CloudWatch Logs ListLogGroupsForQuery.
// ListLogGroupsForQuery: Returns a list of the log groups that were analyzed during a single CloudWatch Logs Insights query.
func TestListLogGroupsForQuery(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListLogGroupsForQuery(t.Context(), &cloudwatchlogs.ListLogGroupsForQueryInput{
		// QueryId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-log-groups-for-query", out)
}
