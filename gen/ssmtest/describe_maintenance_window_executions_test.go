package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindowExecutions is the parity test of SSM DescribeMaintenanceWindowExecutions.
// DescribeMaintenanceWindowExecutions: Lists the executions of a maintenance window.
func TestDescribeMaintenanceWindowExecutions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	maintenanceWindow := ssmtest.CreateMaintenanceWindow(t, client)
	out, err := client.DescribeMaintenanceWindowExecutions(t.Context(), &ssm.DescribeMaintenanceWindowExecutionsInput{
		WindowId: maintenanceWindow.WindowId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-window-executions", out)
}
