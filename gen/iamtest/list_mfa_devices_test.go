package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListMFADevices is the parity test of IAM ListMFADevices.
// ListMFADevices: Lists the MFA devices for an IAM user.
func TestListMFADevices(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.ListMFADevices(t.Context(), &iam.ListMFADevicesInput{
		UserName: user,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-mfa-devices", out)
}
