package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyClusterSnapshot is the parity test of Redshift ModifyClusterSnapshot.
// ModifyClusterSnapshot: Modifies the settings for a snapshot.
func TestModifyClusterSnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyClusterSnapshot(t.Context(), &redshift.ModifyClusterSnapshotInput{
		// SnapshotIdentifier: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-cluster-snapshot", out)
}
