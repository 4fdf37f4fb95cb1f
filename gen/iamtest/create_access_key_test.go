package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateAccessKey is the parity test of IAM CreateAccessKey.
// CreateAccessKey: Creates a new Amazon Web Services secret access key and corresponding Amazon Web Services access key ID for the specified user.
func TestCreateAccessKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateAccessKey calls CreateAccessKey with the input below and deletes the AccessKey when the test ends.
	out := iamtest.CreateAccessKey(t, client, func(in *iam.CreateAccessKeyInput) {
	})
	snap.Match("create-access-key", out)
}
