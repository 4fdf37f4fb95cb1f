package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInboundConnections is the parity test of OpenSearch DescribeInboundConnections.
// DescribeInboundConnections: Lists all the inbound cross-cluster search connections for a destination (remote) Amazon OpenSearch Service domain.
func TestDescribeInboundConnections(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInboundConnections(t.Context(), &opensearch.DescribeInboundConnectionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-inbound-connections", out)
}
