package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagSAMLProvider is the parity test of IAM TagSAMLProvider.
// TagSAMLProvider: Adds one or more tags to a Security Assertion Markup Language (SAML) identity provider.
func TestTagSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.TagSAMLProvider(t.Context(), &iam.TagSAMLProviderInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-saml-provider", out)
}
