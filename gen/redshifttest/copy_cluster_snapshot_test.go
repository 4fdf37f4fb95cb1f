package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCopyClusterSnapshot is the parity test of Redshift CopyClusterSnapshot.
// CopyClusterSnapshot: Copies the specified automated cluster snapshot to a new manual cluster snapshot.
func TestCopyClusterSnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.CopyClusterSnapshot(t.Context(), &redshift.CopyClusterSnapshotInput{
		// SourceSnapshotIdentifier: *string (required)
		// TargetSnapshotIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("copy-cluster-snapshot", out)
}
