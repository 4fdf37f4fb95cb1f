package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetAlarmState is the parity test of CloudWatch SetAlarmState.
// SetAlarmState: Temporarily sets the state of an alarm for testing purposes.
func TestSetAlarmState(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.SetAlarmState(t.Context(), &cloudwatch.SetAlarmStateInput{
		// AlarmName: *string (required)
		// StateValue: types.StateValue (required)
		// StateReason: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-alarm-state", out)
}
