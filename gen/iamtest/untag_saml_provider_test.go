package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagSAMLProvider is the parity test of IAM UntagSAMLProvider.
// UntagSAMLProvider: Removes the specified tags from the specified Security Assertion Markup Language (SAML) identity provider in IAM.
func TestUntagSAMLProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.UntagSAMLProvider(t.Context(), &iam.UntagSAMLProviderInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-saml-provider", out)
}
