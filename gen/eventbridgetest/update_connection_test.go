package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateConnection is the parity test of EventBridge UpdateConnection.
// UpdateConnection: Updates settings for a connection.
func TestUpdateConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var connection *string
	eventbridgetest.CreateConnection(t, client, func(in *eventbridge.CreateConnectionInput) { connection = in.Name })
	out, err := client.UpdateConnection(t.Context(), &eventbridge.UpdateConnectionInput{
		Name: connection,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-connection", out)
}
