package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestBatchDeleteClusterSnapshots is the parity test of Redshift BatchDeleteClusterSnapshots.
// BatchDeleteClusterSnapshots: Deletes a set of cluster snapshots.
func TestBatchDeleteClusterSnapshots(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.BatchDeleteClusterSnapshots(t.Context(), &redshift.BatchDeleteClusterSnapshotsInput{
		// Identifiers: []types.DeleteClusterSnapshotMessage (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("batch-delete-cluster-snapshots", out)
}
