package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOpenIDConnectProvider is the parity test of IAM GetOpenIDConnectProvider.
// GetOpenIDConnectProvider: Returns information about the specified OpenID Connect (OIDC) provider resource object in IAM.
func TestGetOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.GetOpenIDConnectProvider(t.Context(), &iam.GetOpenIDConnectProviderInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-open-id-connect-provider", out)
}
