package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetMaintenanceWindowExecutionTaskInvocation is the parity test of SSM GetMaintenanceWindowExecutionTaskInvocation.
// GetMaintenanceWindowExecutionTaskInvocation: Retrieves information about a specific task running on a specific target.
func TestGetMaintenanceWindowExecutionTaskInvocation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetMaintenanceWindowExecutionTaskInvocation(t.Context(), &ssm.GetMaintenanceWindowExecutionTaskInvocationInput{
		// WindowExecutionId: *string (required)
		// TaskId: *string (required)
		// InvocationId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-maintenance-window-execution-task-invocation", out)
}
