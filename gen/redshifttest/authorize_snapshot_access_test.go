package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAuthorizeSnapshotAccess is the parity test of Redshift AuthorizeSnapshotAccess.
// AuthorizeSnapshotAccess: Authorizes the specified Amazon Web Services account to restore the specified snapshot.
func TestAuthorizeSnapshotAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	out, err := client.AuthorizeSnapshotAccess(t.Context(), &redshift.AuthorizeSnapshotAccessInput{
		// AccountWithRestoreAccess: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("authorize-snapshot-access", out)
}
