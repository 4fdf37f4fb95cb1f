package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeSnapshotSchedules is the parity test of Redshift DescribeSnapshotSchedules.
// DescribeSnapshotSchedules: Returns a list of snapshot schedules.
func TestDescribeSnapshotSchedules(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	snapshotSchedule := redshifttest.CreateSnapshotSchedule(t, client)
	out, err := client.DescribeSnapshotSchedules(t.Context(), &redshift.DescribeSnapshotSchedulesInput{
		ScheduleIdentifier: snapshotSchedule.ScheduleIdentifier,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-snapshot-schedules", out)
}
