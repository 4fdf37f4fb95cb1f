package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSnapshotSchedule is the parity test of Redshift CreateSnapshotSchedule.
// CreateSnapshotSchedule: Create a snapshot schedule that can be associated to a cluster and which overrides the default system backup schedule.
func TestCreateSnapshotSchedule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateSnapshotSchedule calls CreateSnapshotSchedule with the input below and deletes the SnapshotSchedule when the test ends.
	out := redshifttest.CreateSnapshotSchedule(t, client, func(in *redshift.CreateSnapshotScheduleInput) {
	})
	snap.Match("create-snapshot-schedule", out)
}
