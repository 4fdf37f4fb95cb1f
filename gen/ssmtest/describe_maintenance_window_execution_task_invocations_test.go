package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindowExecutionTaskInvocations is the parity test of SSM DescribeMaintenanceWindowExecutionTaskInvocations.
// DescribeMaintenanceWindowExecutionTaskInvocations: Retrieves the individual task executions (one per target) for a particular task run as part of a maintenance window execution.
func TestDescribeMaintenanceWindowExecutionTaskInvocations(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeMaintenanceWindowExecutionTaskInvocations(t.Context(), &ssm.DescribeMaintenanceWindowExecutionTaskInvocationsInput{
		// WindowExecutionId: *string (required)
		// TaskId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-window-execution-task-invocations", out)
}
