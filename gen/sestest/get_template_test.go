package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTemplate is the parity test of SES GetTemplate.
// GetTemplate: Displays the template object (which includes the Subject line, HTML part and text part) for the template you specify.
func TestGetTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	var customVerificationEmailTemplate *string
	sestest.CreateCustomVerificationEmailTemplate(t, client, func(in *ses.CreateCustomVerificationEmailTemplateInput) {
		customVerificationEmailTemplate = in.TemplateName
	})
	out, err := client.GetTemplate(t.Context(), &ses.GetTemplateInput{
		TemplateName: customVerificationEmailTemplate,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-template", out)
}
