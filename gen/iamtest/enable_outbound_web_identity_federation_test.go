package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestEnableOutboundWebIdentityFederation is the parity test of IAM EnableOutboundWebIdentityFederation.
// EnableOutboundWebIdentityFederation: Enables the outbound identity federation feature for your Amazon Web Services account.
func TestEnableOutboundWebIdentityFederation(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.EnableOutboundWebIdentityFederation(t.Context(), &iam.EnableOutboundWebIdentityFederationInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("enable-outbound-web-identity-federation", out)
}
