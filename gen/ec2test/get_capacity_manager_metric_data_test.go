package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetCapacityManagerMetricData is the parity test of EC2 GetCapacityManagerMetricData.
// GetCapacityManagerMetricData: Retrieves capacity usage metrics for your EC2 resources.
func TestGetCapacityManagerMetricData(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetCapacityManagerMetricData(t.Context(), &ec2.GetCapacityManagerMetricDataInput{
		// MetricNames: []types.Metric (required)
		// StartTime: *time.Time (required)
		// EndTime: *time.Time (required)
		// Period: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-capacity-manager-metric-data", out)
}
