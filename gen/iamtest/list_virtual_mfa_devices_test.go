package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListVirtualMFADevices is the parity test of IAM ListVirtualMFADevices.
// ListVirtualMFADevices: Lists the virtual MFA devices defined in the Amazon Web Services account by assignment status.
func TestListVirtualMFADevices(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListVirtualMFADevices(t.Context(), &iam.ListVirtualMFADevicesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-virtual-mfa-devices", out)
}
