package sfntest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/awsparity/awsparity/gen/sfntest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetActivityTask is the parity test of SFN GetActivityTask.
// GetActivityTask: Used by workers to retrieve a task (with the specified activity ARN) which has been scheduled for execution by a running state machine.
func TestGetActivityTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sfntest.Transformers()...))
	client := newClient(t)
	activity := sfntest.CreateActivity(t, client)
	out, err := client.GetActivityTask(t.Context(), &sfn.GetActivityTaskInput{
		ActivityArn: activity.ActivityArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-activity-task", out)
}
