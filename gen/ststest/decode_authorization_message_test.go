package ststest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/awsparity/awsparity/gen/ststest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDecodeAuthorizationMessage is the parity test of STS DecodeAuthorizationMessage.
// DecodeAuthorizationMessage: Decodes additional information about the authorization status of a request from an encoded message returned in response to an Amazon Web Services request.
func TestDecodeAuthorizationMessage(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ststest.Transformers()...))
	client := newClient(t)
	out, err := client.DecodeAuthorizationMessage(t.Context(), &sts.DecodeAuthorizationMessageInput{
		// EncodedMessage: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("decode-authorization-message", out)
}
