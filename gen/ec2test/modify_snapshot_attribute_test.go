package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifySnapshotAttribute is the parity test of EC2 ModifySnapshotAttribute.
// ModifySnapshotAttribute: Adds or removes permission settings for the specified snapshot.
func TestModifySnapshotAttribute(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifySnapshotAttribute(t.Context(), &ec2.ModifySnapshotAttributeInput{
		// SnapshotId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-snapshot-attribute", out)
}
