package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListVerifiedEmailAddresses is the parity test of SES ListVerifiedEmailAddresses.
// ListVerifiedEmailAddresses: Deprecated.
func TestListVerifiedEmailAddresses(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.ListVerifiedEmailAddresses(t.Context(), &ses.ListVerifiedEmailAddressesInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-verified-email-addresses", out)
}
