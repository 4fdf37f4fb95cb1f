package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutUserPermissionsBoundary is the parity test of IAM PutUserPermissionsBoundary.
// PutUserPermissionsBoundary: Adds or updates the policy that is specified as the IAM user's permissions boundary.
func TestPutUserPermissionsBoundary(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.PutUserPermissionsBoundary(t.Context(), &iam.PutUserPermissionsBoundaryInput{
		UserName: user,
		// PermissionsBoundary: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-user-permissions-boundary", out)
}
