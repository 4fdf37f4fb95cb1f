package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestExportCertificate is the parity test of ACM ExportCertificate.
// ExportCertificate: Exports a private certificate issued by a private certificate authority (CA) or a public certificate for use anywhere.
func TestExportCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.ExportCertificate(t.Context(), &acm.ExportCertificateInput{
		CertificateArn: certificate.CertificateArn,
		// Passphrase: []byte (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("export-certificate", out)
}
