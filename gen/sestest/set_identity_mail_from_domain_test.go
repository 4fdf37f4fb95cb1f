package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetIdentityMailFromDomain is the parity test of SES SetIdentityMailFromDomain.
// SetIdentityMailFromDomain: Enables or disables the custom MAIL FROM domain setup for a verified identity (an email address or a domain).
func TestSetIdentityMailFromDomain(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SetIdentityMailFromDomain(t.Context(), &ses.SetIdentityMailFromDomainInput{
		// Identity: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-identity-mail-from-domain", out)
}
