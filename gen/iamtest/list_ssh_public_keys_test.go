package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSSHPublicKeys is the parity test of IAM ListSSHPublicKeys.
// ListSSHPublicKeys: Returns information about the SSH public keys associated with the specified IAM user.
func TestListSSHPublicKeys(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.ListSSHPublicKeys(t.Context(), &iam.ListSSHPublicKeysInput{
		UserName: user,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-ssh-public-keys", out)
}
