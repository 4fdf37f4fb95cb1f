package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRevokeCertificate is the parity test of ACM RevokeCertificate.
// RevokeCertificate: Revokes a public ACM certificate.
func TestRevokeCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.RevokeCertificate(t.Context(), &acm.RevokeCertificateInput{
		CertificateArn: certificate.CertificateArn,
		// RevocationReason: types.RevocationReason (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("revoke-certificate", out)
}
