package cloudwatchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/awsparity/awsparity/gen/cloudwatchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutCompositeAlarm is the parity test of CloudWatch PutCompositeAlarm.
// PutCompositeAlarm: Creates or updates a composite alarm.
func TestPutCompositeAlarm(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(cloudwatchtest.Transformers()...))
	client := newClient(t)
	out, err := client.PutCompositeAlarm(t.Context(), &cloudwatch.PutCompositeAlarmInput{
		// AlarmName: *string (required)
		// AlarmRule: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-composite-alarm", out)
}
