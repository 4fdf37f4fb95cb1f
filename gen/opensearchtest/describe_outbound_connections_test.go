package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeOutboundConnections is the parity test of OpenSearch DescribeOutboundConnections.
// DescribeOutboundConnections: Lists all the outbound cross-cluster connections for a local (source) Amazon OpenSearch Service domain.
func TestDescribeOutboundConnections(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeOutboundConnections(t.Context(), &opensearch.DescribeOutboundConnectionsInput{})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-outbound-connections", out)
}
