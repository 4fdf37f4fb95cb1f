package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateCustomVerificationEmailTemplate is the parity test of SES UpdateCustomVerificationEmailTemplate.
// UpdateCustomVerificationEmailTemplate: Updates an existing custom verification email template.
func TestUpdateCustomVerificationEmailTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var customVerificationEmailTemplate *string
	sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		customVerificationEmailTemplate = in.TemplateName
	})
	out, err := client.UpdateCustomVerificationEmailTemplate(t.Context(), &ses.UpdateCustomVerificationEmailTemplateInput{
		TemplateName: customVerificationEmailTemplate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-custom-verification-email-template", out)
}
