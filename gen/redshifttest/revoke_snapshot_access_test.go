package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRevokeSnapshotAccess is the parity test of Redshift RevokeSnapshotAccess.
// RevokeSnapshotAccess: Removes the ability of the specified Amazon Web Services account to restore the specified snapshot.
func TestRevokeSnapshotAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.RevokeSnapshotAccess(t.Context(), &redshift.RevokeSnapshotAccessInput{
		// AccountWithRestoreAccess: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("revoke-snapshot-access", out)
}
