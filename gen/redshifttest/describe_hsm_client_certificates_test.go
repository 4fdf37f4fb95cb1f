package redshifttest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/redshift"
	"github.com/awsparity/awsparity/gen/redshifttest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeHsmClientCertificates is the parity test of Redshift DescribeHsmClientCertificates.
// DescribeHsmClientCertificates: Returns information about the specified HSM client certificate.
func TestDescribeHsmClientCertificates(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(redshifttest.Transformers()...))
	client := newClient(t)
	var hsmClientCertificate *string
	redshifttest.CreateHsmClientCertificate(t, client, func(in *redshift.CreateHsmClientCertificateInput) {
		hsmClientCertificate = in.HsmClientCertificateIdentifier
	})
	out, err := client.DescribeHsmClientCertificates(t.Context(), &redshift.DescribeHsmClientCertificatesInput{
		HsmClientCertificateIdentifier: hsmClientCertificate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-hsm-client-certificates", out)
}
