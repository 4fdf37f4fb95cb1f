package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendTemplatedEmail is the parity test of SES SendTemplatedEmail.
// SendTemplatedEmail: Composes an email message using an email template and immediately queues it for sending.
func TestSendTemplatedEmail(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SendTemplatedEmail(t.Context(), &ses.SendTemplatedEmailInput{
		// Source: *string (required)
		// Destination: *types.Destination (required)
		// Template: *string (required)
		// TemplateData: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-templated-email", out)
}
