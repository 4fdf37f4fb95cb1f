package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetIdentityFeedbackForwardingEnabled is the parity test of SES SetIdentityFeedbackForwardingEnabled.
// SetIdentityFeedbackForwardingEnabled: Given an identity (an email address or a domain), enables or disables whether Amazon SES forwards bounce and complaint notifications as email.
func TestSetIdentityFeedbackForwardingEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SetIdentityFeedbackForwardingEnabled(t.Context(), &ses.SetIdentityFeedbackForwardingEnabledInput{
		// Identity: *string (required)
		// ForwardingEnabled: bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-identity-feedback-forwarding-enabled", out)
}
