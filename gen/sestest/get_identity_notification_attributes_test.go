package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityNotificationAttributes is the parity test of SES GetIdentityNotificationAttributes.
// GetIdentityNotificationAttributes: Given a list of verified identities (email addresses and/or domains), returns a structure describing identity notification attributes.
func TestGetIdentityNotificationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityNotificationAttributes(t.Context(), &ses.GetIdentityNotificationAttributesInput{
		// Identities: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-notification-attributes", out)
}
