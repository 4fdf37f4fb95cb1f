package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAcceptInboundConnection is the parity test of OpenSearch AcceptInboundConnection.
// AcceptInboundConnection: Allows the destination Amazon OpenSearch Service domain owner to accept an inbound cross-cluster search connection request.
func TestAcceptInboundConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	outboundConnection := opensearchtest.CreateOutboundConnection(t, client)
	out, err := client.AcceptInboundConnection(t.Context(), &opensearch.AcceptInboundConnectionInput{
		ConnectionId: outboundConnection.ConnectionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("accept-inbound-connection", out)
}
