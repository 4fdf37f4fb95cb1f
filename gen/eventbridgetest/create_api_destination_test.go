package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateApiDestination is the parity test of EventBridge CreateApiDestination.
// CreateApiDestination: Creates an API destination, which is an HTTP invocation endpoint configured as a target for events.
func TestCreateApiDestination(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateApiDestination calls CreateApiDestination with the input below and deletes the ApiDestination when the test ends.
	out := eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.ConnectionArn = *string (required)
		// in.InvocationEndpoint = *string (required)
		// in.HttpMethod = types.ApiDestinationHttpMethod (required)
	})
	snap.Match("create-api-destination", out)
}
