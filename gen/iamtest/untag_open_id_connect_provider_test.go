package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUntagOpenIDConnectProvider is the parity test of IAM UntagOpenIDConnectProvider.
// UntagOpenIDConnectProvider: Removes the specified tags from the specified OpenID Connect (OIDC)-compatible identity provider in IAM.
func TestUntagOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.UntagOpenIDConnectProvider(t.Context(), &iam.UntagOpenIDConnectProviderInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
		// TagKeys: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("untag-open-id-connect-provider", out)
}
