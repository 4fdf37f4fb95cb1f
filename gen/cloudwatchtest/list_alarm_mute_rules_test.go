package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListAlarmMuteRules is the parity test of CloudWatch ListAlarmMuteRules.
// ListAlarmMuteRules: Lists alarm mute rules in your Amazon Web Services account and region.
func TestListAlarmMuteRules(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListAlarmMuteRules(t.Context(), &cloudwatch.ListAlarmMuteRulesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-alarm-mute-rules", out)
}
