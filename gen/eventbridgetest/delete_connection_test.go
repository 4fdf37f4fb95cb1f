package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteConnection is the parity test of EventBridge DeleteConnection.
// DeleteConnection: Deletes a connection.
func TestDeleteConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var connection *string
	eventbridgetest.CreateConnection(t, client, func(in *eventbridge.CreateConnectionInput) { connection = in.Name })
	out, err := client.DeleteConnection(t.Context(), &eventbridge.DeleteConnectionInput{
		Name: connection,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-connection", out)
}
