package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindowsForTarget is the parity test of SSM DescribeMaintenanceWindowsForTarget.
// DescribeMaintenanceWindowsForTarget: Retrieves information about the maintenance window targets or tasks that a managed node is associated with.
func TestDescribeMaintenanceWindowsForTarget(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeMaintenanceWindowsForTarget(t.Context(), &ssm.DescribeMaintenanceWindowsForTargetInput{
		// Targets: []types.Target (required)
		// ResourceType: types.MaintenanceWindowResourceType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-windows-for-target", out)
}
