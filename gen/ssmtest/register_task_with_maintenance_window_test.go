package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterTaskWithMaintenanceWindow is the parity test of SSM RegisterTaskWithMaintenanceWindow.
// RegisterTaskWithMaintenanceWindow: Adds a new task to a maintenance window.
func TestRegisterTaskWithMaintenanceWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.RegisterTaskWithMaintenanceWindow(t.Context(), &ssm.RegisterTaskWithMaintenanceWindowInput{
		WindowId: maintenanceWindow.WindowId,
		// TaskArn: *string (required)
		// TaskType: types.MaintenanceWindowTaskType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-task-with-maintenance-window", out)
}
