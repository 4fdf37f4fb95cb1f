package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityMailFromDomainAttributes is the parity test of SES GetIdentityMailFromDomainAttributes.
// GetIdentityMailFromDomainAttributes: Returns the custom MAIL FROM attributes for a list of identities (email addresses : domains).
func TestGetIdentityMailFromDomainAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityMailFromDomainAttributes(t.Context(), &ses.GetIdentityMailFromDomainAttributesInput{
		// Identities: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-mail-from-domain-attributes", out)
}
