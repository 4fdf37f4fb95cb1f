package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEventSource is the parity test of EventBridge DescribeEventSource.
// DescribeEventSource: This operation lists details about a partner event source that is shared with your account.
func TestDescribeEventSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var apiDestination *string
	eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) { apiDestination = in.Name })
	out, err := client.DescribeEventSource(t.Context(), &eventbridge.DescribeEventSourceInput{
		Name: apiDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-event-source", out)
}
