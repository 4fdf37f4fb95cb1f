package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteLogAnomalyDetector is the parity test of CloudWatch Logs DeleteLogAnomalyDetector.
// DeleteLogAnomalyDetector: Deletes the specified CloudWatch Logs anomaly detector.
func TestDeleteLogAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	logAnomalyDetector := cloudwatchlogstest.CreateLogAnomalyDetector(t, client)
	out, err := client.DeleteLogAnomalyDetector(t.Context(), &cloudwatchlogs.DeleteLogAnomalyDetectorInput{
		AnomalyDetectorArn: logAnomalyDetector.AnomalyDetectorArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-log-anomaly-detector", out)
}
