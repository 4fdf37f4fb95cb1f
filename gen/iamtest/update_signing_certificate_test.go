package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateSigningCertificate is the parity test of IAM UpdateSigningCertificate.
// UpdateSigningCertificate: Changes the status of the specified user signing certificate from active to disabled, or vice versa.
func TestUpdateSigningCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.UpdateSigningCertificate(t.Context(), &iam.UpdateSigningCertificateInput{
		UserName: user,
		// CertificateId: *string (required)
		// Status: types.StatusType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-signing-certificate", out)
}
