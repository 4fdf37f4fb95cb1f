package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeregisterTargetFromMaintenanceWindow is the parity test of SSM DeregisterTargetFromMaintenanceWindow.
// DeregisterTargetFromMaintenanceWindow: Removes a target from a maintenance window.
func TestDeregisterTargetFromMaintenanceWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.DeregisterTargetFromMaintenanceWindow(t.Context(), &ssm.DeregisterTargetFromMaintenanceWindowInput{
		WindowId: maintenanceWindow.WindowId,
		// WindowTargetId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deregister-target-from-maintenance-window", out)
}
