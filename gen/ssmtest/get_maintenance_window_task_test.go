package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetMaintenanceWindowTask is the parity test of SSM GetMaintenanceWindowTask.
// GetMaintenanceWindowTask: Retrieves the details of a maintenance window task.
func TestGetMaintenanceWindowTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.GetMaintenanceWindowTask(t.Context(), &ssm.GetMaintenanceWindowTaskInput{
		WindowId: maintenanceWindow.WindowId,
		// WindowTaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-maintenance-window-task", out)
}
