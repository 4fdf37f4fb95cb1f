package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateMaintenanceWindowTarget is the parity test of SSM UpdateMaintenanceWindowTarget.
// UpdateMaintenanceWindowTarget: Modifies the target of an existing maintenance window.
func TestUpdateMaintenanceWindowTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.UpdateMaintenanceWindowTarget(t.Context(), &ssm.UpdateMaintenanceWindowTargetInput{
		WindowId: maintenanceWindow.WindowId,
		// WindowTargetId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-maintenance-window-target", out)
}
