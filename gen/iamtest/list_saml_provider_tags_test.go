package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListSAMLProviderTags is the parity test of IAM ListSAMLProviderTags.
// ListSAMLProviderTags: Lists the tags that are attached to the specified Security Assertion Markup Language (SAML) identity provider.
func TestListSAMLProviderTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	samlProvider := iamtest.CreateSAMLProvider(t, client)
	out, err := client.ListSAMLProviderTags(t.Context(), &iam.ListSAMLProviderTagsInput{
		SAMLProviderArn: samlProvider.SAMLProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-saml-provider-tags", out)
}
