package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateEventBus is the parity test of EventBridge CreateEventBus.
// CreateEventBus: Creates a new event bus within your account.
func TestCreateEventBus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateEventBus calls CreateEventBus with the input below and deletes the EventBus when the test ends.
	out := eventbridgetest.CreateEventBus(t, client, func(in *eventbridge.CreateEventBusInput) {
		// in.Name = *string (required; the fixture sets it)
	})
	snap.Match("create-event-bus", out)
}
