package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableSnapshotBlockPublicAccess is the parity test of EC2 EnableSnapshotBlockPublicAccess.
// EnableSnapshotBlockPublicAccess: Enables or modifies the block public access for snapshots setting at the account level for the specified Amazon Web Services Region.
func TestEnableSnapshotBlockPublicAccess(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.EnableSnapshotBlockPublicAccess(t.Context(), &ec2.EnableSnapshotBlockPublicAccessInput{
		// State: types.SnapshotBlockPublicAccessState (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-snapshot-block-public-access", out)
}
