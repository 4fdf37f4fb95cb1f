package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteAlarmMuteRule is the parity test of CloudWatch DeleteAlarmMuteRule.
// DeleteAlarmMuteRule: Deletes a specific alarm mute rule.
func TestDeleteAlarmMuteRule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteAlarmMuteRule(t.Context(), &cloudwatch.DeleteAlarmMuteRuleInput{
		// AlarmMuteRuleName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-alarm-mute-rule", out)
}
