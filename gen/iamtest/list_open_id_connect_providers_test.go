package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListOpenIDConnectProviders is the parity test of IAM ListOpenIDConnectProviders.
// ListOpenIDConnectProviders: Lists information about the IAM OpenID Connect (OIDC) provider resource objects defined in the Amazon Web Services account.
func TestListOpenIDConnectProviders(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.ListOpenIDConnectProviders(t.Context(), &iam.ListOpenIDConnectProvidersInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-open-id-connect-providers", out)
}
