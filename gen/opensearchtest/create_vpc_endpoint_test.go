package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpcEndpoint is the parity test of OpenSearch CreateVpcEndpoint.
// CreateVpcEndpoint: Creates an Amazon OpenSearch Service-managed VPC endpoint.
func TestCreateVpcEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	// opensearchtest.CreateVpcEndpoint calls CreateVpcEndpoint with the input below and deletes the VpcEndpoint when the test ends.
	out := opensearchtest.CreateVpcEndpoint(t, client, func(in *opensearch.CreateVpcEndpointInput) {
		// in.DomainArn = *string (required)
		// in.VpcOptions = *types.VPCOptions (required)
	})
	snap.Match("create-vpc-endpoint", out)
}
