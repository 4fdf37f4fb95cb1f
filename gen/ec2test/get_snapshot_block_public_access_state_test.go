package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSnapshotBlockPublicAccessState is the parity test of EC2 GetSnapshotBlockPublicAccessState.
// GetSnapshotBlockPublicAccessState: Gets the current state of block public access for snapshots setting for the account and Region.
func TestGetSnapshotBlockPublicAccessState(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetSnapshotBlockPublicAccessState(t.Context(), &ec2.GetSnapshotBlockPublicAccessStateInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-snapshot-block-public-access-state", out)
}
