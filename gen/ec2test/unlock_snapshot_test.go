package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUnlockSnapshot is the parity test of EC2 UnlockSnapshot.
// UnlockSnapshot: Unlocks a snapshot that is locked in governance mode or that is locked in compliance mode but still in the cooling-off period.
func TestUnlockSnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.UnlockSnapshot(t.Context(), &ec2.UnlockSnapshotInput{
		// SnapshotId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("unlock-snapshot", out)
}
