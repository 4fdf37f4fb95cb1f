package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateVpcEndpoint is the parity test of OpenSearch UpdateVpcEndpoint.
// UpdateVpcEndpoint: Modifies an Amazon OpenSearch Service-managed interface VPC endpoint.
func TestUpdateVpcEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	vpcEndpoint := opensearchtest.CreateVpcEndpoint(t, client)
	out, err := client.UpdateVpcEndpoint(t.Context(), &opensearch.UpdateVpcEndpointInput{
		VpcEndpointId: vpcEndpoint.VpcEndpoint.VpcEndpointId,
		// VpcOptions: *types.VPCOptions (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-vpc-endpoint", out)
}
