package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteInboundConnection is the parity test of OpenSearch DeleteInboundConnection.
// DeleteInboundConnection: Allows the destination Amazon OpenSearch Service domain owner to delete an existing inbound cross-cluster search connection.
func TestDeleteInboundConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	outboundConnection := opensearchtest.CreateOutboundConnection(t, client)
	out, err := client.DeleteInboundConnection(t.Context(), &opensearch.DeleteInboundConnectionInput{
		ConnectionId: outboundConnection.ConnectionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-inbound-connection", out)
}
