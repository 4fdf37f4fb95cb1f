package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateOpenIDConnectProvider is the parity test of IAM CreateOpenIDConnectProvider.
// CreateOpenIDConnectProvider: Creates an IAM entity to describe an identity provider (IdP) that supports OpenID Connect (OIDC).
func TestCreateOpenIDConnectProvider(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	// iamtest.CreateOpenIDConnectProvider calls CreateOpenIDConnectProvider with the input below and deletes the OpenIDConnectProvider when the test ends.
	out := iamtest.CreateOpenIDConnectProvider(t, client, func(in *iam.CreateOpenIDConnectProviderInput) {
		// in.Url = *string (required)
	})
	snap.Match("create-open-id-connect-provider", out)
}
