package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListMFADeviceTags is the parity test of IAM ListMFADeviceTags.
// ListMFADeviceTags: Lists the tags that are attached to the specified IAM virtual multi-factor authentication (MFA) device.
func TestListMFADeviceTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	virtualMFADevice := iamtest.CreateVirtualMFADevice(t, client)
	out, err := client.ListMFADeviceTags(t.Context(), &iam.ListMFADeviceTagsInput{
		SerialNumber: virtualMFADevice.VirtualMFADevice.SerialNumber,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-mfa-device-tags", out)
}
