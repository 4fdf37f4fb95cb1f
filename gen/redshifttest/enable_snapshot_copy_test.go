package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableSnapshotCopy is the parity test of Redshift EnableSnapshotCopy.
// EnableSnapshotCopy: Enables the automatic copy of snapshots from one region to another region for a specified cluster.
func TestEnableSnapshotCopy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.EnableSnapshotCopy(t.Context(), &redshift.EnableSnapshotCopyInput{
		ClusterIdentifier: cluster,
		// DestinationRegion: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-snapshot-copy", out)
}
