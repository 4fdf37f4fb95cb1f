package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSnapshotsInRecycleBin is the parity test of EC2 ListSnapshotsInRecycleBin.
// ListSnapshotsInRecycleBin: Lists one or more snapshots that are currently in the Recycle Bin.
func TestListSnapshotsInRecycleBin(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ListSnapshotsInRecycleBin(t.Context(), &ec2.ListSnapshotsInRecycleBinInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-snapshots-in-recycle-bin", out)
}
