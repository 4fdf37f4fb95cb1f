package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutDashboard is the parity test of CloudWatch PutDashboard.
// PutDashboard: Creates a dashboard if it does not already exist, or updates an existing dashboard.
func TestPutDashboard(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutDashboard(t.Context(), &cloudwatch.PutDashboardInput{
		// DashboardName: *string (required)
		// DashboardBody: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-dashboard", out)
}
