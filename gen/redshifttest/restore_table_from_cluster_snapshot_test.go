package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRestoreTableFromClusterSnapshot is the parity test of Redshift RestoreTableFromClusterSnapshot.
// RestoreTableFromClusterSnapshot: Creates a new table from a table in an Amazon Redshift cluster snapshot.
func TestRestoreTableFromClusterSnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.RestoreTableFromClusterSnapshot(t.Context(), &redshift.RestoreTableFromClusterSnapshotInput{
		ClusterIdentifier: cluster,
		// SnapshotIdentifier: *string (required)
		// SourceDatabaseName: *string (required)
		// SourceTableName: *string (required)
		// NewTableName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("restore-table-from-cluster-snapshot", out)
}
