package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListServiceSpecificCredentials is the parity test of IAM ListServiceSpecificCredentials.
// ListServiceSpecificCredentials: Returns information about the service-specific credentials associated with the specified IAM user.
func TestListServiceSpecificCredentials(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.ListServiceSpecificCredentials(t.Context(), &iam.ListServiceSpecificCredentialsInput{
		UserName: user,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-service-specific-credentials", out)
}
