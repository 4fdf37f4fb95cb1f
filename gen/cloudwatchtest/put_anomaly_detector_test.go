package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutAnomalyDetector is the parity test of CloudWatch PutAnomalyDetector.
// PutAnomalyDetector: Creates an anomaly detection model for a CloudWatch metric.
func TestPutAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutAnomalyDetector(t.Context(), &cloudwatch.PutAnomalyDetectorInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-anomaly-detector", out)
}
