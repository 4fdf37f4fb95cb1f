package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagMFADevice is the parity test of IAM UntagMFADevice.
// UntagMFADevice: Removes the specified tags from the IAM virtual multi-factor authentication (MFA) device.
func TestUntagMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	virtualMFADevice := iamtest.CreateVirtualMFADevice(t, client)
	out, err := client.UntagMFADevice(t.Context(), &iam.UntagMFADeviceInput{
		SerialNumber: virtualMFADevice.VirtualMFADevice.SerialNumber,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-mfa-device", out)
}
