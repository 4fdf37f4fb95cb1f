package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSendBulkTemplatedEmail is the parity test of SES SendBulkTemplatedEmail.
// SendBulkTemplatedEmail: Composes an email message to multiple destinations.
func TestSendBulkTemplatedEmail(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SendBulkTemplatedEmail(t.Context(), &ses.SendBulkTemplatedEmailInput{
		// Source: *string (required)
		// Template: *string (required)
		// DefaultTemplateData: *string (required)
		// Destinations: []types.BulkEmailDestination (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("send-bulk-templated-email", out)
}
