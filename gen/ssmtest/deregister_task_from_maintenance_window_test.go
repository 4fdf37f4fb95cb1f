package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterTaskFromMaintenanceWindow is the parity test of SSM DeregisterTaskFromMaintenanceWindow.
// DeregisterTaskFromMaintenanceWindow: Removes a task from a maintenance window.
func TestDeregisterTaskFromMaintenanceWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.DeregisterTaskFromMaintenanceWindow(t.Context(), &ssm.DeregisterTaskFromMaintenanceWindowInput{
		WindowId: maintenanceWindow.WindowId,
		// WindowTaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-task-from-maintenance-window", out)
}
