package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSSHPublicKey is the parity test of IAM GetSSHPublicKey.
// GetSSHPublicKey: Retrieves the specified SSH public key, including metadata about the key.
func TestGetSSHPublicKey(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.GetSSHPublicKey(t.Context(), &iam.GetSSHPublicKeyInput{
		UserName: user,
		// SSHPublicKeyId: *string (required)
		// Encoding: types.EncodingType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ssh-public-key", out)
}
