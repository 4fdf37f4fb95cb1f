package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateConnection is the parity test of EventBridge CreateConnection.
// CreateConnection: Creates a connection.
func TestCreateConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	// eventbridgetest.CreateConnection calls CreateConnection with the input below and deletes the Connection when the test ends.
	out := eventbridgetest.CreateConnection(t, client, func(in *eventbridge.CreateConnectionInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.AuthorizationType = types.ConnectionAuthorizationType (required)
		// in.AuthParameters = *types.CreateConnectionAuthRequestParameters (required)
	})
	snap.Match("create-connection", out)
}
