package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListOpenIDConnectProviderTags is the parity test of IAM ListOpenIDConnectProviderTags.
// ListOpenIDConnectProviderTags: Lists the tags that are attached to the specified OpenID Connect (OIDC)-compatible identity provider.
func TestListOpenIDConnectProviderTags(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.ListOpenIDConnectProviderTags(t.Context(), &iam.ListOpenIDConnectProviderTagsInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-open-id-connect-provider-tags", out)
}
