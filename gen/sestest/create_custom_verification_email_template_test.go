package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCustomVerificationEmailTemplate is the parity test of SES CreateCustomVerificationEmailTemplate.
// CreateCustomVerificationEmailTemplate: Creates a new custom verification email template.
func TestCreateCustomVerificationEmailTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	// sestest.CreateCustomVerificationEmailTemplate calls CreateCustomVerificationEmailTemplate with the input below and deletes the CustomVerificationEmailTemplate when the test ends.
	out := sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		// in.TemplateName = *string (required; the fixture sets it)
		// in.FromEmailAddress = *string (required)
		// in.TemplateSubject = *string (required)
		// in.TemplateContent = *string (required)
		// in.SuccessRedirectionURL = *string (required)
		// in.FailureRedirectionURL = *string (required)
	})
	snap.Match("create-custom-verification-email-template", out)
}
