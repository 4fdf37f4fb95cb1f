package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestActivateEventSource is the parity test of EventBridge ActivateEventSource.
// ActivateEventSource: Activates a partner event source that has been deactivated.
func TestActivateEventSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var apiDestination *string
	eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) { apiDestination = in.Name })
	out, err := client.ActivateEventSource(t.Context(), &eventbridge.ActivateEventSourceInput{
		Name: apiDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("activate-event-source", out)
}
