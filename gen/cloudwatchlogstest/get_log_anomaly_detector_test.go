package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetLogAnomalyDetector is the parity test of CloudWatch Logs GetLogAnomalyDetector.
// GetLogAnomalyDetector: Retrieves information about the log anomaly detector that you specify.
func TestGetLogAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	logAnomalyDetector := cloudwatchlogstest.CreateLogAnomalyDetector(t, client)
	out, err := client.GetLogAnomalyDetector(t.Context(), &cloudwatchlogs.GetLogAnomalyDetectorInput{
		AnomalyDetectorArn: logAnomalyDetector.AnomalyDetectorArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-log-anomaly-detector", out)
}
