package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutAlarmMuteRule is the parity test of CloudWatch PutAlarmMuteRule.
// PutAlarmMuteRule: Creates or updates an alarm mute rule.
func TestPutAlarmMuteRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	var metricStream *string
	cloudwatchtest.CreateMetricStream(t, client, func(in *cloudwatch.PutMetricStreamInput) { metricStream = in.Name })
	out, err := client.PutAlarmMuteRule(t.Context(), &cloudwatch.PutAlarmMuteRuleInput{
		Name: metricStream,
		// Rule: *types.Rule (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-alarm-mute-rule", out)
}
