package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableAlarmActions is the parity test of CloudWatch DisableAlarmActions.
// DisableAlarmActions: Disables the actions for the specified alarms.
func TestDisableAlarmActions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DisableAlarmActions(t.Context(), &cloudwatch.DisableAlarmActionsInput{
		// AlarmNames: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-alarm-actions", out)
}
