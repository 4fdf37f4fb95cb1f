package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifySnapshotCopyRetentionPeriod is the parity test of Redshift ModifySnapshotCopyRetentionPeriod.
// ModifySnapshotCopyRetentionPeriod: Modifies the number of days to retain snapshots in the destination Amazon Web Services Region after they are copied from the source Amazon Web Services Region.
func TestModifySnapshotCopyRetentionPeriod(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var cluster *string
	redshifttest.CreateCluster(t, client, func(in *redshift.CreateClusterInput) { cluster = in.ClusterIdentifier })
	out, err := client.ModifySnapshotCopyRetentionPeriod(t.Context(), &redshift.ModifySnapshotCopyRetentionPeriodInput{
		ClusterIdentifier: cluster,
		// RetentionPeriod: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-snapshot-copy-retention-period", out)
}
