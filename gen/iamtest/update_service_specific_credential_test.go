package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateServiceSpecificCredential is the parity test of IAM UpdateServiceSpecificCredential.
// UpdateServiceSpecificCredential: Sets the status of a service-specific credential to Active or Inactive.
func TestUpdateServiceSpecificCredential(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.UpdateServiceSpecificCredential(t.Context(), &iam.UpdateServiceSpecificCredentialInput{
		UserName: user,
		// ServiceSpecificCredentialId: *string (required)
		// Status: types.StatusType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-service-specific-credential", out)
}
