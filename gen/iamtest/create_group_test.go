package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateGroup is the parity test of IAM CreateGroup.
// CreateGroup: Creates a new group.
func TestCreateGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateGroup calls CreateGroup with the input below and deletes the Group when the test ends.
	out := iamtest.CreateGroup(t, client, func(in *iam.CreateGroupInput) {
		// in.GroupName = *string (required; the fixture sets it)
	})
	snap.Match("create-group", out)
}
