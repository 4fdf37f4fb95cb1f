package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateScheduledAction is the parity test of Redshift CreateScheduledAction.
// CreateScheduledAction: Creates a scheduled action.
func TestCreateScheduledAction(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateScheduledAction calls CreateScheduledAction with the input below and deletes the ScheduledAction when the test ends.
	out := redshifttest.CreateScheduledAction(t, client, func(in *redshift.CreateScheduledActionInput) {
		// in.ScheduledActionName = *string (required; the fixture sets it)
		// in.TargetAction = *types.ScheduledActionType (required)
		// in.Schedule = *string (required)
		// in.IamRole = *string (required)
	})
	snap.Match("create-scheduled-action", out)
}
