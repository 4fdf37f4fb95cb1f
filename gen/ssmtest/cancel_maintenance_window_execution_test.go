package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCancelMaintenanceWindowExecution is the parity test of SSM CancelMaintenanceWindowExecution.
// CancelMaintenanceWindowExecution: Stops a maintenance window execution that is already in progress and cancels any tasks in the window that haven't already starting running.
func TestCancelMaintenanceWindowExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.CancelMaintenanceWindowExecution(t.Context(), &ssm.CancelMaintenanceWindowExecutionInput{
		// WindowExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("cancel-maintenance-window-execution", out)
}
