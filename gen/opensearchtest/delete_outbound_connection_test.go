package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteOutboundConnection is the parity test of OpenSearch DeleteOutboundConnection.
// DeleteOutboundConnection: Allows the source Amazon OpenSearch Service domain owner to delete an existing outbound cross-cluster search connection.
func TestDeleteOutboundConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	outboundConnection := opensearchtest.CreateOutboundConnection(t, client)
	out, err := client.DeleteOutboundConnection(t.Context(), &opensearch.DeleteOutboundConnectionInput{
		ConnectionId: outboundConnection.ConnectionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-outbound-connection", out)
}
