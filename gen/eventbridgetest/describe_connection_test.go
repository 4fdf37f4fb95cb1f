package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeConnection is the parity test of EventBridge DescribeConnection.
// DescribeConnection: Retrieves details about a connection.
func TestDescribeConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var connection *string
	eventbridgetest.CreateConnection(t, client, func(in *eventbridge.CreateConnectionInput) { connection = in.Name })
	out, err := client.DescribeConnection(t.Context(), &eventbridge.DescribeConnectionInput{
		Name: connection,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-connection", out)
}
