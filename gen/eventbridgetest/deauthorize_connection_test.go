package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeauthorizeConnection is the parity test of EventBridge DeauthorizeConnection.
// DeauthorizeConnection: Removes all authorization parameters from the connection.
func TestDeauthorizeConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var connection *string
	eventbridgetest.CreateConnection(t, client, func(in *eventbridge.CreateConnectionInput) { connection = in.Name })
	out, err := client.DeauthorizeConnection(t.Context(), &eventbridge.DeauthorizeConnectionInput{
		Name: connection,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("deauthorize-connection", out)
}
