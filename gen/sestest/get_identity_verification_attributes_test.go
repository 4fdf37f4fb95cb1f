package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIdentityVerificationAttributes is the parity test of SES GetIdentityVerificationAttributes.
// GetIdentityVerificationAttributes: Given a list of identities (email addresses and/or domains), returns the verification status and (for domain identities) the verification token for each identity.
func TestGetIdentityVerificationAttributes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetIdentityVerificationAttributes(t.Context(), &ses.GetIdentityVerificationAttributesInput{
		// Identities: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-identity-verification-attributes", out)
}
