package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindowSchedule is the parity test of SSM DescribeMaintenanceWindowSchedule.
// DescribeMaintenanceWindowSchedule: Retrieves information about upcoming executions of a maintenance window.
func TestDescribeMaintenanceWindowSchedule(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.DescribeMaintenanceWindowSchedule(t.Context(), &ssm.DescribeMaintenanceWindowScheduleInput{
		WindowId: maintenanceWindow.WindowId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-window-schedule", out)
}
