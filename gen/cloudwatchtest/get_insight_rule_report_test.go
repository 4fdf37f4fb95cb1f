package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetInsightRuleReport is the parity test of CloudWatch GetInsightRuleReport.
// GetInsightRuleReport: This operation returns the time series data collected by a Contributor Insights rule.
func TestGetInsightRuleReport(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetInsightRuleReport(t.Context(), &cloudwatch.GetInsightRuleReportInput{
		// RuleName: *string (required)
		// StartTime: *time.Time (required)
		// EndTime: *time.Time (required)
		// Period: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-insight-rule-report", out)
}
