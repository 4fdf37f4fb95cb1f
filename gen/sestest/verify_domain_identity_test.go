package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestVerifyDomainIdentity is the parity test of SES VerifyDomainIdentity.
// VerifyDomainIdentity: Adds a domain to the list of identities for your Amazon SES account in the current Amazon Web Services Region and attempts to verify it.
func TestVerifyDomainIdentity(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.VerifyDomainIdentity(t.Context(), &ses.VerifyDomainIdentityInput{
		// Domain: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("verify-domain-identity", out)
}
