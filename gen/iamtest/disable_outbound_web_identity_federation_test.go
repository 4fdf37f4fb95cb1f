package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisableOutboundWebIdentityFederation is the parity test of IAM DisableOutboundWebIdentityFederation.
// DisableOutboundWebIdentityFederation: Disables the outbound identity federation feature for your Amazon Web Services account.
func TestDisableOutboundWebIdentityFederation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.DisableOutboundWebIdentityFederation(t.Context(), &iam.DisableOutboundWebIdentityFederationInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disable-outbound-web-identity-federation", out)
}
