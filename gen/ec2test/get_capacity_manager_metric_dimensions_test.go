package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCapacityManagerMetricDimensions is the parity test of EC2 GetCapacityManagerMetricDimensions.
// GetCapacityManagerMetricDimensions: Retrieves the available dimension values for capacity metrics within a specified time range.
func TestGetCapacityManagerMetricDimensions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetCapacityManagerMetricDimensions(t.Context(), &ec2.GetCapacityManagerMetricDimensionsInput{
		// GroupBy: []types.GroupBy (required)
		// StartTime: *time.Time (required)
		// EndTime: *time.Time (required)
		// MetricNames: []types.Metric (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-capacity-manager-metric-dimensions", out)
}
