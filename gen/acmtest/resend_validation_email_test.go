package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestResendValidationEmail is the parity test of ACM ResendValidationEmail.
// ResendValidationEmail: Resends the email that requests domain ownership validation.
func TestResendValidationEmail(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.ResendValidationEmail(t.Context(), &acm.ResendValidationEmailInput{
		CertificateArn: certificate.CertificateArn,
		// Domain: *string (required)
		// ValidationDomain: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("resend-validation-email", out)
}
