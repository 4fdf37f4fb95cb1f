package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetMaintenanceWindowExecution is the parity test of SSM GetMaintenanceWindowExecution.
// GetMaintenanceWindowExecution: Retrieves details about a specific a maintenance window execution.
func TestGetMaintenanceWindowExecution(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetMaintenanceWindowExecution(t.Context(), &ssm.GetMaintenanceWindowExecutionInput{
		// WindowExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-maintenance-window-execution", out)
}
