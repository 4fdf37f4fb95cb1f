package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableFastSnapshotRestores is the parity test of EC2 EnableFastSnapshotRestores.
// EnableFastSnapshotRestores: Enables fast snapshot restores for the specified snapshots in the specified Availability Zones.
func TestEnableFastSnapshotRestores(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.EnableFastSnapshotRestores(t.Context(), &ec2.EnableFastSnapshotRestoresInput{
		// SourceSnapshotIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-fast-snapshot-restores", out)
}
