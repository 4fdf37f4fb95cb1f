package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUploadSSHPublicKey is the parity test of IAM UploadSSHPublicKey.
// UploadSSHPublicKey: Uploads an SSH public key and associates it with the specified IAM user.
func TestUploadSSHPublicKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.UploadSSHPublicKey(t.Context(), &iam.UploadSSHPublicKeyInput{
		UserName: user,
		// SSHPublicKeyBody: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upload-ssh-public-key", out)
}
