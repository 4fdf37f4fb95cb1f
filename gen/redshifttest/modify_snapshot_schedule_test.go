package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifySnapshotSchedule is the parity test of Redshift ModifySnapshotSchedule.
// ModifySnapshotSchedule: Modifies a snapshot schedule.
func TestModifySnapshotSchedule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	snapshotSchedule := redshifttest.CreateSnapshotSchedule(t, client)
	out, err := client.ModifySnapshotSchedule(t.Context(), &redshift.ModifySnapshotScheduleInput{
		ScheduleIdentifier: snapshotSchedule.ScheduleIdentifier,
		// ScheduleDefinitions: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-snapshot-schedule", out)
}
