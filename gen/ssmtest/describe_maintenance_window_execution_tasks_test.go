package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindowExecutionTasks is the parity test of SSM DescribeMaintenanceWindowExecutionTasks.
// DescribeMaintenanceWindowExecutionTasks: For a given maintenance window execution, lists the tasks that were run.
func TestDescribeMaintenanceWindowExecutionTasks(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeMaintenanceWindowExecutionTasks(t.Context(), &ssm.DescribeMaintenanceWindowExecutionTasksInput{
		// WindowExecutionId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-window-execution-tasks", out)
}
