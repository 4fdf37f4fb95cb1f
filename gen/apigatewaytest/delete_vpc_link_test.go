package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpcLink is the parity test of API Gateway DeleteVpcLink.
// DeleteVpcLink: Deletes an existing VpcLink of a specified identifier.
func TestDeleteVpcLink(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	vpcLink := apigatewaytest.CreateVpcLink(t, client)
	out, err := client.DeleteVpcLink(t.Context(), &apigateway.DeleteVpcLinkInput{
		VpcLinkId: vpcLink.Id,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-link", out)
}
