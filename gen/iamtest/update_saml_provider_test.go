package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateSAMLProvider is the parity test of IAM UpdateSAMLProvider.
// UpdateSAMLProvider: Updates the metadata document, SAML encryption settings, and private keys for an existing SAML provider.
func TestUpdateSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.UpdateSAMLProvider(t.Context(), &iam.UpdateSAMLProviderInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-saml-provider", out)
}
