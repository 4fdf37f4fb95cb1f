package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUploadSigningCertificate is the parity test of IAM UploadSigningCertificate.
// UploadSigningCertificate: Uploads an X.509 signing certificate and associates it with the specified IAM user.
func TestUploadSigningCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	var user *string
	iamtest.CreateUser(t, client, func(in *iam.CreateUserInput) { user = in.UserName })
	out, err := client.UploadSigningCertificate(t.Context(), &iam.UploadSigningCertificateInput{
		UserName: user,
		// CertificateBody: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upload-signing-certificate", out)
}
