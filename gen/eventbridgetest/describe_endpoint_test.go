package eventbridgetest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/awsparity/awsparity/gen/eventbridgetest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeEndpoint is the parity test of EventBridge DescribeEndpoint.
// DescribeEndpoint: Get the information about an existing global endpoint.
func TestDescribeEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(eventbridgetest.Transformers()...))
	client := newClient(t)
	endpoint := eventbridgetest.CreateEndpoint(t, client)
	out, err := client.DescribeEndpoint(t.Context(), &eventbridge.DescribeEndpointInput{
		Name: endpoint.Name,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-endpoint", out)
}
