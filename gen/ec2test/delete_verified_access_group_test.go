package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVerifiedAccessGroup is the parity test of EC2 DeleteVerifiedAccessGroup.
// DeleteVerifiedAccessGroup: Delete an Amazon Web Services Verified Access group.
func TestDeleteVerifiedAccessGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteVerifiedAccessGroup(t.Context(), &ec2.DeleteVerifiedAccessGroupInput{
		// VerifiedAccessGroupId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-verified-access-group", out)
}
