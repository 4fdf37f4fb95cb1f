package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeSnapshotCopyGrants is the parity test of Redshift DescribeSnapshotCopyGrants.
// DescribeSnapshotCopyGrants: Returns a list of snapshot copy grants owned by the Amazon Web Services account in the destination region.
func TestDescribeSnapshotCopyGrants(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var snapshotCopyGrant *string
	redshifttest.CreateSnapshotCopyGrant(t, client, func(in *redshift.CreateSnapshotCopyGrantInput) { snapshotCopyGrant = in.SnapshotCopyGrantName })
	out, err := client.DescribeSnapshotCopyGrants(t.Context(), &redshift.DescribeSnapshotCopyGrantsInput{
		SnapshotCopyGrantName: snapshotCopyGrant,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-snapshot-copy-grants", out)
}
