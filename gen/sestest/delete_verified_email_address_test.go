package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVerifiedEmailAddress is the parity test of SES DeleteVerifiedEmailAddress.
// DeleteVerifiedEmailAddress: Deprecated.
func TestDeleteVerifiedEmailAddress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteVerifiedEmailAddress(t.Context(), &ses.DeleteVerifiedEmailAddressInput{
		// EmailAddress: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-verified-email-address", out)
}
