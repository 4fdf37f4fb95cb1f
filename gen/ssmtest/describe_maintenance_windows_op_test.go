package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeMaintenanceWindows is the parity test of SSM DescribeMaintenanceWindows.
// DescribeMaintenanceWindows: Retrieves the maintenance windows in an Amazon Web Services account.
func TestDescribeMaintenanceWindows(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeMaintenanceWindows(t.Context(), &ssm.DescribeMaintenanceWindowsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-maintenance-windows", out)
}
