package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeactivateEventSource is the parity test of EventBridge DeactivateEventSource.
// DeactivateEventSource: You can use this operation to temporarily stop receiving events from the specified partner event source.
func TestDeactivateEventSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var apiDestination *string
	eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) { apiDestination = in.Name })
	out, err := client.DeactivateEventSource(t.Context(), &eventbridge.DeactivateEventSourceInput{
		Name: apiDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deactivate-event-source", out)
}
