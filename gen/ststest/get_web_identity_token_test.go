package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetWebIdentityToken is the parity test of STS GetWebIdentityToken.
// GetWebIdentityToken: Returns a signed JSON Web Token (JWT) that represents the calling Amazon Web Services identity.
func TestGetWebIdentityToken(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.GetWebIdentityToken(t.Context(), &sts.GetWebIdentityTokenInput{
		// Audience: []string (required)
		// SigningAlgorithm: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-web-identity-token", out)
}
