package opensearchtest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/awsparity/awsparity/gen/opensearchtest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpcEndpoint is the parity test of OpenSearch DeleteVpcEndpoint.
// DeleteVpcEndpoint: Deletes an Amazon OpenSearch Service-managed interface VPC endpoint.
func TestDeleteVpcEndpoint(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(opensearchtest.Transformers()...))
	client := newClient(t)
	vpcEndpoint := opensearchtest.CreateVpcEndpoint(t, client)
	out, err := client.DeleteVpcEndpoint(t.Context(), &opensearch.DeleteVpcEndpointInput{
		VpcEndpointId: vpcEndpoint.VpcEndpoint.VpcEndpointId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-endpoint", out)
}
