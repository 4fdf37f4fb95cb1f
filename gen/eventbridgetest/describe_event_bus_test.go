package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEventBus is the parity test of EventBridge DescribeEventBus.
// DescribeEventBus: Displays details about an event bus in your account.
func TestDescribeEventBus(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var eventBus *string
	eventbridgetest.CreateEventBus(t, client, func(in *eventbridge.CreateEventBusInput) { eventBus = in.Name })
	out, err := client.DescribeEventBus(t.Context(), &eventbridge.DescribeEventBusInput{
		Name: eventBus,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-event-bus", out)
}
