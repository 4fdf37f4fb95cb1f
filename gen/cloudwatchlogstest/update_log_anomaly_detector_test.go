package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateLogAnomalyDetector is the parity test of CloudWatch Logs UpdateLogAnomalyDetector.
// UpdateLogAnomalyDetector: Updates an existing log anomaly detector.
func TestUpdateLogAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	logAnomalyDetector := cloudwatchlogstest.CreateLogAnomalyDetector(t, client)
	out, err := client.UpdateLogAnomalyDetector(t.Context(), &cloudwatchlogs.UpdateLogAnomalyDetectorInput{
		AnomalyDetectorArn: logAnomalyDetector.AnomalyDetectorArn,
		// Enabled: *bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-log-anomaly-detector", out)
}
