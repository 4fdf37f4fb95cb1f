package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableMFADevice is the parity test of IAM EnableMFADevice.
// EnableMFADevice: Enables the specified MFA device and associates it with the specified IAM user.
func TestEnableMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.EnableMFADevice(t.Context(), &iam.EnableMFADeviceInput{
		UserName: user,
		// SerialNumber: *string (required)
		// AuthenticationCode1: *string (required)
		// AuthenticationCode2: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-mfa-device", out)
}
