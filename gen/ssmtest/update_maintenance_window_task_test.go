package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateMaintenanceWindowTask is the parity test of SSM UpdateMaintenanceWindowTask.
// UpdateMaintenanceWindowTask: Modifies a task assigned to a maintenance window.
func TestUpdateMaintenanceWindowTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.UpdateMaintenanceWindowTask(t.Context(), &ssm.UpdateMaintenanceWindowTaskInput{
		WindowId: maintenanceWindow.WindowId,
		// WindowTaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-maintenance-window-task", out)
}
