package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetDelegatedAccessToken is the parity test of STS GetDelegatedAccessToken.
// GetDelegatedAccessToken: Exchanges a trade-in token for temporary Amazon Web Services credentials with the permissions associated with the assumed principal.
func TestGetDelegatedAccessToken(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.GetDelegatedAccessToken(t.Context(), &sts.GetDelegatedAccessTokenInput{
		// TradeInToken: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-delegated-access-token", out)
}
