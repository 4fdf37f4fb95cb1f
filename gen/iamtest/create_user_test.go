package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateUser is the parity test of IAM CreateUser.
// CreateUser: Creates a new IAM user for your Amazon Web Services account.
func TestCreateUser(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateUser calls CreateUser with the input below and deletes the User when the test ends.
	out := iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) {
		// in.UserName = *string (required; the fixture sets it)
	})
	snap.Match("create-user", out)
}
