package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateEndpoint is the parity test of EventBridge CreateEndpoint.
// CreateEndpoint: Creates a global endpoint.
func TestCreateEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateEndpoint calls CreateEndpoint with the input below and deletes the Endpoint when the test ends.
	out := eventbridgetest.CreateEndpoint(t, client, func(in *eventbridge.CreateEndpointInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.RoutingConfig = *types.RoutingConfig (required)
		// in.EventBuses = []types.EndpointEventBus (required)
	})
	snap.Match("create-endpoint", out)
}
