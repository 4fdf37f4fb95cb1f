package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSAMLProvider is the parity test of IAM GetSAMLProvider.
// GetSAMLProvider: Returns the SAML provider metadocument that was uploaded when the IAM SAML provider resource object was created or updated.
func TestGetSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.GetSAMLProvider(t.Context(), &iam.GetSAMLProviderInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-saml-provider", out)
}
