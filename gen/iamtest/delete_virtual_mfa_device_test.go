package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVirtualMFADevice is the parity test of IAM DeleteVirtualMFADevice.
// DeleteVirtualMFADevice: Deletes a virtual MFA device.
func TestDeleteVirtualMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	virtualMFADevice := iamtest.CreateVirtualMFADevice(t, client)
	out, err := client.DeleteVirtualMFADevice(t.Context(), &iam.DeleteVirtualMFADeviceInput{
		SerialNumber: virtualMFADevice.VirtualMFADevice.SerialNumber,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-virtual-mfa-device", out)
}
