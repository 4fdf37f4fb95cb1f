package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeVpcEndpoints is the parity test of OpenSearch DescribeVpcEndpoints.
// DescribeVpcEndpoints: Describes one or more Amazon OpenSearch Service-managed VPC endpoints.
func TestDescribeVpcEndpoints(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	out, err := client.DescribeVpcEndpoints(t.Context(), &opensearch.DescribeVpcEndpointsInput{
		// VpcEndpointIds: []string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-vpc-endpoints", out)
}
