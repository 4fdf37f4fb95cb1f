package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestPutPartnerEvents is the parity test of EventBridge PutPartnerEvents.
// PutPartnerEvents: This is used by SaaS partners to write events to a customer's partner event bus.
func TestPutPartnerEvents(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.PutPartnerEvents(t.Context(), &eventbridge.PutPartnerEventsInput{
		// Entries: []types.PutPartnerEventsRequestEntry (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("put-partner-events", out)
}
