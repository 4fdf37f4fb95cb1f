package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeScheduledActions is the parity test of Redshift DescribeScheduledActions.
// DescribeScheduledActions: Describes properties of scheduled actions.
func TestDescribeScheduledActions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	scheduledAction := redshifttest.CreateScheduledAction(t, client)
	out, err := client.DescribeScheduledActions(t.Context(), &redshift.DescribeScheduledActionsInput{
		ScheduledActionName: scheduledAction.ScheduledActionName,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-scheduled-actions", out)
}
