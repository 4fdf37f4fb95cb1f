package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteEventBus is the parity test of EventBridge DeleteEventBus.
// DeleteEventBus: Deletes the specified custom event bus or partner event bus.
func TestDeleteEventBus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var eventBus *string
	eventbridgetest.CreateEventBus(t, client, func(in *eventbridge.CreateEventBusInput) { eventBus = in.Name })
	out, err := client.DeleteEventBus(t.Context(), &eventbridge.DeleteEventBusInput{
		Name: eventBus,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-event-bus", out)
}
