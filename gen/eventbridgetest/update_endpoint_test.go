package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateEndpoint is the parity test of EventBridge UpdateEndpoint.
// UpdateEndpoint: Update an existing endpoint.
func TestUpdateEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	endpoint := eventbridgetest.CreateEndpoint(t, client)
	out, err := client.UpdateEndpoint(t.Context(), &eventbridge.UpdateEndpointInput{
		Name: endpoint.Name,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-endpoint", out)
}
