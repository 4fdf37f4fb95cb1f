package ssmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/awsparity/awsparity/gen/ssmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDeployablePatchSnapshotForInstance is the parity test of SSM GetDeployablePatchSnapshotForInstance.
// GetDeployablePatchSnapshotForInstance: Retrieves the current snapshot for the patch baseline the managed node uses.
func TestGetDeployablePatchSnapshotForInstance(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ssmtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDeployablePatchSnapshotForInstance(t.Context(), &ssm.GetDeployablePatchSnapshotForInstanceInput{
		// InstanceId: *string (required)
		// SnapshotId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-deployable-patch-snapshot-for-instance", out)
}
