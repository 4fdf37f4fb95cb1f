package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListServerCertificateTags is the parity test of IAM ListServerCertificateTags.
// ListServerCertificateTags: Lists the tags that are attached to the specified IAM server certificate.
func TestListServerCertificateTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListServerCertificateTags(t.Context(), &iam.ListServerCertificateTagsInput{
		// ServerCertificateName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-server-certificate-tags", out)
}
