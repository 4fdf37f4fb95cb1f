package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetIdentityNotificationTopic is the parity test of SES SetIdentityNotificationTopic.
// SetIdentityNotificationTopic: Sets an Amazon Simple Notification Service (Amazon SNS) topic to use when delivering notifications.
func TestSetIdentityNotificationTopic(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SetIdentityNotificationTopic(t.Context(), &ses.SetIdentityNotificationTopicInput{
		// Identity: *string (required)
		// NotificationType: types.NotificationType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-identity-notification-topic", out)
}
