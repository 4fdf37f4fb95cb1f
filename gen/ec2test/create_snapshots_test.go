package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateSnapshots is the parity test of EC2 CreateSnapshots.
// CreateSnapshots: Creates crash-consistent snapshots of multiple EBS volumes attached to an Amazon EC2 instance.
func TestCreateSnapshots(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateSnapshots(t.Context(), &ec2.CreateSnapshotsInput{
		// InstanceSpecification: *types.InstanceSpecification (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-snapshots", out)
}
