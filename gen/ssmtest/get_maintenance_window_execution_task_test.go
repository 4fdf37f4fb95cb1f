package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetMaintenanceWindowExecutionTask is the parity test of SSM GetMaintenanceWindowExecutionTask.
// GetMaintenanceWindowExecutionTask: Retrieves the details about a specific task run as part of a maintenance window execution.
func TestGetMaintenanceWindowExecutionTask(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetMaintenanceWindowExecutionTask(t.Context(), &ssm.GetMaintenanceWindowExecutionTaskInput{
		// WindowExecutionId: *string (required)
		// TaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-maintenance-window-execution-task", out)
}
