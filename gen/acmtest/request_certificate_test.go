package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestRequestCertificate is the parity test of ACM RequestCertificate.
// RequestCertificate: Requests an ACM certificate for use with other Amazon Web Services services.
func TestRequestCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	// acmtest.CreateCertificate calls RequestCertificate with the input below and deletes the Certificate when the test ends.
	out := acmtest.CreateCertificate(t, client, func(in *acm.RequestCertificateInput) {
		// in.DomainName = *string (required)
	})
	snap.Match("request-certificate", out)
}
