package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestMetricFilter is the parity test of CloudWatch Logs TestMetricFilter.
// TestMetricFilter: Tests the filter pattern of a metric filter against a sample of log event messages.
func TestTestMetricFilter(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.TestMetricFilter(t.Context(), &cloudwatchlogs.TestMetricFilterInput{
		// FilterPattern: *string (required)
		// LogEventMessages: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-metric-filter", out)
}
