package iamtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/awsparity/awsparity/gen/iamtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetOutboundWebIdentityFederationInfo is the parity test of IAM GetOutboundWebIdentityFederationInfo.
// GetOutboundWebIdentityFederationInfo: Retrieves the configuration information for the outbound identity federation feature in your Amazon Web Services account.
func TestGetOutboundWebIdentityFederationInfo(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(iamtest.Transformers()...))
	client := newClient(t)
	out, err := client.GetOutboundWebIdentityFederationInfo(t.Context(), &iam.GetOutboundWebIdentityFederationInfoInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-outbound-web-identity-federation-info", out)
}
