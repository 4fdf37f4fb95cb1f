package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddTagsToCertificate is the parity test of ACM AddTagsToCertificate.
// AddTagsToCertificate: Adds one or more tags to an ACM certificate.
func TestAddTagsToCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.AddTagsToCertificate(t.Context(), &acm.AddTagsToCertificateInput{
		CertificateArn: certificate.CertificateArn,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-tags-to-certificate", out)
}
