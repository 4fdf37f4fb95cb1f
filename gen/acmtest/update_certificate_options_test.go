package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCertificateOptions is the parity test of ACM UpdateCertificateOptions.
// UpdateCertificateOptions: Updates a certificate.
func TestUpdateCertificateOptions(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.UpdateCertificateOptions(t.Context(), &acm.UpdateCertificateOptionsInput{
		CertificateArn: certificate.CertificateArn,
		// Options: *types.CertificateOptions (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-certificate-options", out)
}
