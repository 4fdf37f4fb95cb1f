package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribePartnerEventSource is the parity test of EventBridge DescribePartnerEventSource.
// DescribePartnerEventSource: An SaaS partner can use this operation to list details about a partner event source that they have created.
func TestDescribePartnerEventSource(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	var apiDestination *string
	eventbridgetest.CreateApiDestination(t, client, func(in *eventbridge.CreateApiDestinationInput) { apiDestination = in.Name })
	out, err := client.DescribePartnerEventSource(t.Context(), &eventbridge.DescribePartnerEventSourceInput{
		Name: apiDestination,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-partner-event-source", out)
}
