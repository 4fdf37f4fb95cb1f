package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestRejectInboundConnection is the parity test of OpenSearch RejectInboundConnection.
// RejectInboundConnection: Allows the remote Amazon OpenSearch Service domain owner to reject an inbound cross-cluster connection request.
func TestRejectInboundConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	outboundConnection := opensearchtest.CreateOutboundConnection(t, client)
	out, err := client.RejectInboundConnection(t.Context(), &opensearch.RejectInboundConnectionInput{
		ConnectionId: outboundConnection.ConnectionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("reject-inbound-connection", out)
}
