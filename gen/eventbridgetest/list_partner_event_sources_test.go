package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestListPartnerEventSources is the parity test of EventBridge ListPartnerEventSources.
// ListPartnerEventSources: An SaaS partner can use this operation to list all the partner event source names that they have created.
func TestListPartnerEventSources(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	out, err := client.ListPartnerEventSources(t.Context(), &eventbridge.ListPartnerEventSourcesInput{
		// NamePrefix: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("list-partner-event-sources", out)
}
