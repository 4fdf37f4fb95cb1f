package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestSetIdentityDkimEnabled is the parity test of SES SetIdentityDkimEnabled.
// SetIdentityDkimEnabled: Enables or disables Easy DKIM signing of email sent from an identity.
func TestSetIdentityDkimEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.SetIdentityDkimEnabled(t.Context(), &ses.SetIdentityDkimEnabledInput{
		// Identity: *string (required)
		// DkimEnabled: bool (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("set-identity-dkim-enabled", out)
}
