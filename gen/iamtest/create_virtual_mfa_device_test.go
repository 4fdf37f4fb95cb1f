package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVirtualMFADevice is the parity test of IAM CreateVirtualMFADevice.
// CreateVirtualMFADevice: Creates a new virtual MFA device for the Amazon Web Services account.
func TestCreateVirtualMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateVirtualMFADevice calls CreateVirtualMFADevice with the input below and deletes the VirtualMFADevice when the test ends.
	out := iamtest.CreateVirtualMFADevice(t, client, func(in *iam.CreateVirtualMFADeviceInput) {
		// in.VirtualMFADeviceName = *string (required; the fixture sets it)
	})
	snap.Match("create-virtual-mfa-device", out)
}
