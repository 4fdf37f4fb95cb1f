package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSnapshotCopyGrant is the parity test of Redshift CreateSnapshotCopyGrant.
// CreateSnapshotCopyGrant: Creates a snapshot copy grant that permits Amazon Redshift to use an encrypted symmetric key from Key Management Service (KMS) to encrypt copied snapshots in a destination region.
func TestCreateSnapshotCopyGrant(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	// redshifttest.CreateSnapshotCopyGrant calls CreateSnapshotCopyGrant with the input below and deletes the SnapshotCopyGrant when the test ends.
	out := redshifttest.CreateSnapshotCopyGrant(t, client, func(in *redshift.CreateSnapshotCopyGrantInput) {
		// in.SnapshotCopyGrantName = *string (required; the fixture sets it)
	})
	snap.Match("create-snapshot-copy-grant", out)
}
