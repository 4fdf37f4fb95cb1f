package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteCustomVerificationEmailTemplate is the parity test of SES DeleteCustomVerificationEmailTemplate.
// DeleteCustomVerificationEmailTemplate: Deletes an existing custom verification email template.
func TestDeleteCustomVerificationEmailTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var customVerificationEmailTemplate *string
	sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		customVerificationEmailTemplate = in.TemplateName
	})
	out, err := client.DeleteCustomVerificationEmailTemplate(t.Context(), &ses.DeleteCustomVerificationEmailTemplateInput{
		TemplateName: customVerificationEmailTemplate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-custom-verification-email-template", out)
}
