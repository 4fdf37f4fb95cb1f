package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteSAMLProvider is the parity test of IAM DeleteSAMLProvider.
// DeleteSAMLProvider: Deletes a SAML provider resource in IAM.
func TestDeleteSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.DeleteSAMLProvider(t.Context(), &iam.DeleteSAMLProviderInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-saml-provider", out)
}
