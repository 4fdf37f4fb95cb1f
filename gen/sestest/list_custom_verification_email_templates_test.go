package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListCustomVerificationEmailTemplates is the parity test of SES ListCustomVerificationEmailTemplates.
// ListCustomVerificationEmailTemplates: Lists the existing custom verification email templates for your account in the current Amazon Web Services Region.
func TestListCustomVerificationEmailTemplates(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.ListCustomVerificationEmailTemplates(t.Context(), &ses.ListCustomVerificationEmailTemplatesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-custom-verification-email-templates", out)
}
