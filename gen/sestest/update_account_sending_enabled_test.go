package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateAccountSendingEnabled is the parity test of SES UpdateAccountSendingEnabled.
// UpdateAccountSendingEnabled: Enables or disables email sending across your entire Amazon SES account in the current Amazon Web Services Region.
func TestUpdateAccountSendingEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.UpdateAccountSendingEnabled(t.Context(), &ses.UpdateAccountSendingEnabledInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-account-sending-enabled", out)
}
