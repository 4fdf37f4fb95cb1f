package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUploadServerCertificate is the parity test of IAM UploadServerCertificate.
// UploadServerCertificate: Uploads a server certificate entity for the Amazon Web Services account.
func TestUploadServerCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.UploadServerCertificate(t.Context(), &iam.UploadServerCertificateInput{
		// ServerCertificateName: *string (required)
		// CertificateBody: *string (required)
		// PrivateKey: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("upload-server-certificate", out)
}
