package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestTestRenderTemplate is the parity test of SES TestRenderTemplate.
// TestRenderTemplate: Creates a preview of the MIME content of an email when provided with a template and a set of replacement data.
func TestTestRenderTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var customVerificationEmailTemplate *string
	sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		customVerificationEmailTemplate = in.TemplateName
	})
	out, err := client.TestRenderTemplate(t.Context(), &ses.TestRenderTemplateInput{
		TemplateName: customVerificationEmailTemplate,
		// TemplateData: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("test-render-template", out)
}
