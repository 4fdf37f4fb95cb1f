package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTagOpenIDConnectProvider is the parity test of IAM TagOpenIDConnectProvider.
// TagOpenIDConnectProvider: Adds one or more tags to an OpenID Connect (OIDC)-compatible identity provider.
func TestTagOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.TagOpenIDConnectProvider(t.Context(), &iam.TagOpenIDConnectProviderInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
		// Tags: []types.Tag (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("tag-open-id-connect-provider", out)
}
