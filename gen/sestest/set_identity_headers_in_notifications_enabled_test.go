package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetIdentityHeadersInNotificationsEnabled is the parity test of SES SetIdentityHeadersInNotificationsEnabled.
// SetIdentityHeadersInNotificationsEnabled: Given an identity (an email address or a domain), sets whether Amazon SES includes the original email headers in the Amazon Simple Notification Service (Amazon SNS) notifications of a specified type.
func TestSetIdentityHeadersInNotificationsEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SetIdentityHeadersInNotificationsEnabled(t.Context(), &ses.SetIdentityHeadersInNotificationsEnabledInput{
		// Identity: *string (required)
		// NotificationType: types.NotificationType (required)
		// Enabled: bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-identity-headers-in-notifications-enabled", out)
}
