package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreatePartnerEventSource is the parity test of EventBridge CreatePartnerEventSource.
// CreatePartnerEventSource: Called by an SaaS partner to create a partner event source.
func TestCreatePartnerEventSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var apiDestination *string
	eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) { apiDestination = in.Name })
	out, err := client.CreatePartnerEventSource(t.Context(), &eventbridge.CreatePartnerEventSourceInput{
		Name: apiDestination,
		// Account: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-partner-event-source", out)
}
