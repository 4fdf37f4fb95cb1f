package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetMetricData is the parity test of CloudWatch GetMetricData.
// GetMetricData: You can use the GetMetricData API to retrieve CloudWatch metric values.
func TestGetMetricData(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetMetricData(t.Context(), &cloudwatch.GetMetricDataInput{
		// MetricDataQueries: []types.MetricDataQuery (required)
		// StartTime: *time.Time (required)
		// EndTime: *time.Time (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-metric-data", out)
}
