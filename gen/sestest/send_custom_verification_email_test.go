package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendCustomVerificationEmail is the parity test of SES SendCustomVerificationEmail.
// SendCustomVerificationEmail: Adds an email address to the list of identities for your Amazon SES account in the current Amazon Web Services Region and attempts to verify it.
func TestSendCustomVerificationEmail(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var customVerificationEmailTemplate *string
	sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		customVerificationEmailTemplate = in.TemplateName
	})
	out, err := client.SendCustomVerificationEmail(t.Context(), &ses.SendCustomVerificationEmailInput{
		// EmailAddress: *string (required)
		TemplateName: customVerificationEmailTemplate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-custom-verification-email", out)
}
