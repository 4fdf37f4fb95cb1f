package cloudwatchlogstest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/awsparity/awsparity/gen/cloudwatchlogstest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListLogAnomalyDetectors is the parity test of CloudWatch Logs ListLogAnomalyDetectors.
// ListLogAnomalyDetectors: Retrieves a list of the log anomaly detectors in the account.
func TestListLogAnomalyDetectors(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchlogstest.Transformers()...))
	client := newClient(t)
	out, err := client.ListLogAnomalyDetectors(t.Context(), &cloudwatchlogs.ListLogAnomalyDetectorsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-log-anomaly-detectors", out)
}
