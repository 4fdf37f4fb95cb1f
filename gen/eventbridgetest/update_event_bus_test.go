package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateEventBus is the parity test of EventBridge UpdateEventBus.
// UpdateEventBus: Updates the specified event bus.
func TestUpdateEventBus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var eventBus *string
	eventbridgetest.CreateEventBus(t, client, func(in *eventbridge.CreateEventBusInput) { eventBus = in.Name })
	out, err := client.UpdateEventBus(t.Context(), &eventbridge.UpdateEventBusInput{
		Name: eventBus,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-event-bus", out)
}
