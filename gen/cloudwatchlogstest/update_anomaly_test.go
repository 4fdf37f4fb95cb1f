package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAnomaly is the parity test of CloudWatch Logs UpdateAnomaly.
// UpdateAnomaly: Use this operation to suppress anomaly detection for a specified anomaly or pattern.
func TestUpdateAnomaly(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	logAnomalyDetector := cloudwatchlogstest.CreateLogAnomalyDetector(t, client)
	out, err := client.UpdateAnomaly(t.Context(), &cloudwatchlogs.UpdateAnomalyInput{
		AnomalyDetectorArn: logAnomalyDetector.AnomalyDetectorArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-anomaly", out)
}
