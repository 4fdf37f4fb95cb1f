package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeactivateMFADevice is the parity test of IAM DeactivateMFADevice.
// DeactivateMFADevice: Deactivates the specified MFA device and removes it from association with the user name for which it was originally enabled.
func TestDeactivateMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.DeactivateMFADevice(t.Context(), &iam.DeactivateMFADeviceInput{
		UserName: user,
		// SerialNumber: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deactivate-mfa-device", out)
}
