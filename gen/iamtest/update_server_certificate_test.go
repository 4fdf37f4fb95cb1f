package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateServerCertificate is the parity test of IAM UpdateServerCertificate.
// UpdateServerCertificate: Updates the name and/or the path of the specified server certificate stored in IAM.
func TestUpdateServerCertificate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateServerCertificate(t.Context(), &iam.UpdateServerCertificateInput{
		// ServerCertificateName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-server-certificate", out)
}
