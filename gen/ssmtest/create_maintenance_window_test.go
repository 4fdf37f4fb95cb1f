package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateMaintenanceWindow is the parity test of SSM CreateMaintenanceWindow.
// CreateMaintenanceWindow: Creates a new maintenance window.
func TestCreateMaintenanceWindow(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	// ssmtest.CreateMaintenanceWindow calls CreateMaintenanceWindow with the input below and deletes the MaintenanceWindow when the test ends.
	out := ssmtest.CreateMaintenanceWindow(t, client, func(in *ssm.CreateMaintenanceWindowInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.Schedule = *string (required)
		// in.Duration = *int32 (required)
		// in.Cutoff = int32 (required)
		// in.AllowUnassociatedTargets = bool (required)
	})
	snap.Match("create-maintenance-window", out)
}
