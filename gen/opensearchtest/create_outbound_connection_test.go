package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateOutboundConnection is the parity test of OpenSearch CreateOutboundConnection.
// CreateOutboundConnection: Creates a new cross-cluster search connection from a source Amazon OpenSearch Service domain to a destination domain.
func TestCreateOutboundConnection(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	// opensearchtest.CreateOutboundConnection calls CreateOutboundConnection with the input below and deletes the OutboundConnection when the test ends.
	out := opensearchtest.CreateOutboundConnection(t, client, func(in *opensearch.CreateOutboundConnectionInput) {
		// in.LocalDomainInfo = *types.DomainInformationContainer (required)
		// in.RemoteDomainInfo = *types.DomainInformationContainer (required)
		// in.ConnectionAlias = *string (required)
	})
	snap.Match("create-outbound-connection", out)
}
