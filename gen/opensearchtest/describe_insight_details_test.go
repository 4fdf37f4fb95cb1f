package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeInsightDetails is the parity test of OpenSearch DescribeInsightDetails.
// DescribeInsightDetails: Describes the details of an existing insight for an Amazon OpenSearch Service domain.
func TestDescribeInsightDetails(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeInsightDetails(t.Context(), &opensearch.DescribeInsightDetailsInput{
		// Entity: *types.InsightEntity (required)
		// InsightId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-insight-details", out)
}
