package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestVerifyDomainDkim is the parity test of SES VerifyDomainDkim.
// VerifyDomainDkim: Returns a set of DKIM tokens for a domain identity.
func TestVerifyDomainDkim(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.VerifyDomainDkim(t.Context(), &ses.VerifyDomainDkimInput{
		// Domain: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("verify-domain-dkim", out)
}
