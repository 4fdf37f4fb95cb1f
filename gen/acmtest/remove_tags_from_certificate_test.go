package acmtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/awsparity/awsparity/gen/acmtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveTagsFromCertificate is the parity test of ACM RemoveTagsFromCertificate.
// RemoveTagsFromCertificate: Remove one or more tags from an ACM certificate.
func TestRemoveTagsFromCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(acmtest.Transformers()...))
	client := newClient(t)
	certificate := acmtest.CreateCertificate(t, client)
	out, err := client.RemoveTagsFromCertificate(t.Context(), &acm.RemoveTagsFromCertificateInput{
		CertificateArn: certificate.CertificateArn,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-tags-from-certificate", out)
}
