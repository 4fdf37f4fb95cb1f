package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCopySnapshot is the parity test of EC2 CopySnapshot.
// CopySnapshot: Creates an exact copy of an Amazon EBS snapshot.
func TestCopySnapshot(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CopySnapshot(t.Context(), &ec2.CopySnapshotInput{
		// SourceRegion: *string (required)
		// SourceSnapshotId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("copy-snapshot", out)
}
