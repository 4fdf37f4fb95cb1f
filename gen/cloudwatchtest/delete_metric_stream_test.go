package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteMetricStream is the parity test of CloudWatch DeleteMetricStream.
// DeleteMetricStream: Permanently deletes the metric stream that you specify.
func TestDeleteMetricStream(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	var metricStream *string
	cloudwatchtest.CreateMetricStream(t, client, func(in *cloudwatch.PutMetricStreamInput) { metricStream = in.Name })
	out, err := client.DeleteMetricStream(t.Context(), &cloudwatch.DeleteMetricStreamInput{
		Name: metricStream,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-metric-stream", out)
}
