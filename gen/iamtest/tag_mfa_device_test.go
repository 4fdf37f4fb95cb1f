package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagMFADevice is the parity test of IAM TagMFADevice.
// TagMFADevice: Adds one or more tags to an IAM virtual multi-factor authentication (MFA) device.
func TestTagMFADevice(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	virtualMFADevice := iamtest.CreateVirtualMFADevice(t, client)
	out, err := client.TagMFADevice(t.Context(), &iam.TagMFADeviceInput{
		SerialNumber: virtualMFADevice.VirtualMFADevice.SerialNumber,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-mfa-device", out)
}
