package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteHsmClientCertificate is the parity test of Redshift DeleteHsmClientCertificate.
// DeleteHsmClientCertificate: Deletes the specified HSM client certificate.
func TestDeleteHsmClientCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var hsmClientCertificate *string
	redshifttest.CreateHsmClientCertificate(t, client, func(in *redshift.CreateHsmClientCertificateInput) {
		hsmClientCertificate = in.HsmClientCertificateIdentifier
	})
	out, err := client.DeleteHsmClientCertificate(t.Context(), &redshift.DeleteHsmClientCertificateInput{
		HsmClientCertificateIdentifier: hsmClientCertificate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-hsm-client-certificate", out)
}
