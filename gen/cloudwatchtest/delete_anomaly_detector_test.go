package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAnomalyDetector is the parity test of CloudWatch DeleteAnomalyDetector.
// DeleteAnomalyDetector: Deletes the specified anomaly detection model from your account.
func TestDeleteAnomalyDetector(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteAnomalyDetector(t.Context(), &cloudwatch.DeleteAnomalyDetectorInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-anomaly-detector", out)
}
