package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateLogAnomalyDetector is the parity test of CloudWatch Logs CreateLogAnomalyDetector.
// CreateLogAnomalyDetector: Creates an anomaly detector that regularly scans one or more log groups and look for patterns and anomalies in the logs.
func TestCreateLogAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	// cloudwatchlogstest.CreateLogAnomalyDetector calls CreateLogAnomalyDetector with the input below and deletes the LogAnomalyDetector when the test ends.
	out := cloudwatchlogstest.CreateLogAnomalyDetector(t, client, func(in *cloudwatchlogs.CreateLogAnomalyDetectorInput) {
		// in.LogGroupArnList = []string (required)
	})
	snap.Match("create-log-anomaly-detector", out)
}
