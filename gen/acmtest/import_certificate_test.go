package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestImportCertificate is the parity test of ACM ImportCertificate.
// ImportCertificate: Imports a certificate into Certificate Manager (ACM) to use with services that are integrated with ACM.
func TestImportCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.ImportCertificate(t.Context(), &acm.ImportCertificateInput{
		CertificateArn: certificate.CertificateArn,
		// Certificate: []byte (required)
		// PrivateKey: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("import-certificate", out)
}
