package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRemoveClientIDFromOpenIDConnectProvider is the parity test of IAM RemoveClientIDFromOpenIDConnectProvider.
// RemoveClientIDFromOpenIDConnectProvider: Removes the specified client ID (also known as audience) from the list of client IDs registered for the specified IAM OpenID Connect (OIDC) provider resource object.
func TestRemoveClientIDFromOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.RemoveClientIDFromOpenIDConnectProvider(t.Context(), &iam.RemoveClientIDFromOpenIDConnectProviderInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
		// ClientID: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("remove-client-id-from-open-id-connect-provider", out)
}
