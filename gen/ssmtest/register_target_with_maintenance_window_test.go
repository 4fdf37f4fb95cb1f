package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRegisterTargetWithMaintenanceWindow is the parity test of SSM RegisterTargetWithMaintenanceWindow.
// RegisterTargetWithMaintenanceWindow: Registers a target with a maintenance window.
func TestRegisterTargetWithMaintenanceWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.RegisterTargetWithMaintenanceWindow(t.Context(), &ssm.RegisterTargetWithMaintenanceWindowInput{
		WindowId: maintenanceWindow.WindowId,
		// ResourceType: types.MaintenanceWindowResourceType (required)
		// Targets: []types.Target (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("register-target-with-maintenance-window", out)
}
