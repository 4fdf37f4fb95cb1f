package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSessionToken is the parity test of STS GetSessionToken.
// GetSessionToken: Returns a set of temporary credentials for an Amazon Web Services account or IAM user.
func TestGetSessionToken(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.GetSessionToken(t.Context(), &sts.GetSessionTokenInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-session-token", out)
}
