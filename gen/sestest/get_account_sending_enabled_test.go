package sestest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/awsparity/awsparity/gen/sestest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetAccountSendingEnabled is the parity test of SES GetAccountSendingEnabled.
// GetAccountSendingEnabled: Returns the email sending status of the Amazon SES account for the current Region.
func TestGetAccountSendingEnabled(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(sestest.Transformers()...))
	client := newClient(t)
	out, err := client.GetAccountSendingEnabled(t.Context(), &ses.GetAccountSendingEnabledInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-account-sending-enabled", out)
}
