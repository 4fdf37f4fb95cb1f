package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSAMLProvider is the parity test of IAM CreateSAMLProvider.
// CreateSAMLProvider: Creates an IAM resource that describes an identity provider (IdP) that supports SAML 2.0.
func TestCreateSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateSAMLProvider calls CreateSAMLProvider with the input below and deletes the SAMLProvider when the test ends.
	out := iamtest.CreateSAMLProvider(t, client, func(in *iam.CreateSAMLProviderInput) {
		// in.SAMLMetadataDocument = *string (required)
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-saml-provider", out)
}
