package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestPutMetricStream is the parity test of CloudWatch PutMetricStream.
// PutMetricStream: Creates or updates a metric stream.
func TestPutMetricStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	// cloudwatchtest.CreateMetricStream calls PutMetricStream with the input below and deletes the MetricStream when the test ends.
	out := cloudwatchtest.CreateMetricStream(t, client, func(in *cloudwatch.PutMetricStreamInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.FirehoseArn = *string (required)
		// in.RoleArn = *string (required)
		// in.OutputFormat = types.MetricStreamOutputFormat (required)
	})
	snap.Match("put-metric-stream", out)
}
