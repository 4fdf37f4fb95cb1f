package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateServiceSpecificCredential is the parity test of IAM CreateServiceSpecificCredential.
// CreateServiceSpecificCredential: Generates a set of credentials consisting of a user name and password that can be used to access the service specified in the request.
func TestCreateServiceSpecificCredential(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.CreateServiceSpecificCredential(t.Context(), &iam.CreateServiceSpecificCredentialInput{
		UserName: user,
		// ServiceName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-service-specific-credential", out)
}
