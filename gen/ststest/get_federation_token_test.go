package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetFederationToken is the parity test of STS GetFederationToken.
// GetFederationToken: Returns a set of temporary security credentials (consisting of an access key ID, a secret access key, and a security token) for a user.
func TestGetFederationToken(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.GetFederationToken(t.Context(), &sts.GetFederationTokenInput{
		// Name: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-federation-token", out)
}
