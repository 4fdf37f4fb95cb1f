package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAddClientIDToOpenIDConnectProvider is the parity test of IAM AddClientIDToOpenIDConnectProvider.
// AddClientIDToOpenIDConnectProvider: Adds a new client ID (also known as audience) to the list of client IDs already registered for the specified IAM OpenID Connect (OIDC) provider resource.
func TestAddClientIDToOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	openIDConnectProvider := iamtest.CreateOpenIDConnectProvider(t, client)
	out, err := client.AddClientIDToOpenIDConnectProvider(t.Context(), &iam.AddClientIDToOpenIDConnectProviderInput{
		OpenIDConnectProviderArn: openIDConnectProvider.OpenIDConnectProviderArn,
		// ClientID: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("add-client-id-to-open-id-connect-provider", out)
}
