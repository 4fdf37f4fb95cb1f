package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateTemplate is the parity test of SES UpdateTemplate.
// UpdateTemplate: Updates an email template.
func TestUpdateTemplate(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateTemplate(t.Context(), &ses.UpdateTemplateInput{
		// Template: *types.Template (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-template", out)
}
