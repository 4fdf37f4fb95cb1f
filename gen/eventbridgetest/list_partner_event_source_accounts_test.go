package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPartnerEventSourceAccounts is the parity test of EventBridge ListPartnerEventSourceAccounts.
// ListPartnerEventSourceAccounts: An SaaS partner can use this operation to display the Amazon Web Services account ID that a particular partner event source name is associated with.
func TestListPartnerEventSourceAccounts(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.ListPartnerEventSourceAccounts(t.Context(), &eventbridge.ListPartnerEventSourceAccountsInput{
		// EventSourceName: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-partner-event-source-accounts", out)
}
