package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResyncMFADevice is the parity test of IAM ResyncMFADevice.
// ResyncMFADevice: Synchronizes the specified MFA device with its IAM resource object on the Amazon Web Services servers.
func TestResyncMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.ResyncMFADevice(t.Context(), &iam.ResyncMFADeviceInput{
		UserName: user,
		// SerialNumber: *string (required)
		// AuthenticationCode1: *string (required)
		// AuthenticationCode2: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("resync-mfa-device", out)
}
