package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetVpcLink is the parity test of API Gateway GetVpcLink.
// GetVpcLink: Gets a specified VPC link under the caller's account in a region.
func TestGetVpcLink(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	vpcLink := apigatewaytest.CreateVpcLink(t, client)
	out, err := client.GetVpcLink(t.Context(), &apigateway.GetVpcLinkInput{
		VpcLinkId: vpcLink.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-vpc-link", out)
}
