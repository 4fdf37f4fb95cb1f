package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutMetricFilter is the parity test of CloudWatch Logs PutMetricFilter.
// PutMetricFilter: Creates or updates a metric filter and associates it with the specified log group.
func TestPutMetricFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	var logGroup *string
	cloudwatchlogstest.CreateLogGroup(t, client, func(in *cloudwatchlogs.CreateLogGroupInput) { logGroup = in.LogGroupName })
	out, err := client.PutMetricFilter(t.Context(), &cloudwatchlogs.PutMetricFilterInput{
		LogGroupName: logGroup,
		// FilterName: *string (required)
		// FilterPattern: *string (required)
		// MetricTransformations: []types.MetricTransformation (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-metric-filter", out)
}
