package apigatewaytest_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/apigateway"
	"github.com/awsparity/awsparity/gen/apigatewaytest"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpcLink is the parity test of API Gateway CreateVpcLink.
// CreateVpcLink: Creates a VPC link, under the caller's account in a selected region, in an asynchronous operation that typically takes 2-4 minutes to complete and become operational.
func TestCreateVpcLink(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(apigatewaytest.Transformers()...))
	client := newClient(t)
	// apigatewaytest.CreateVpcLink calls CreateVpcLink with the input below and deletes the VpcLink when the test ends.
	out := apigatewaytest.CreateVpcLink(t, client, func(in *apigateway.CreateVpcLinkInput) {
		// in.Name = *string (required; the fixture sets it)
		// in.TargetArns = []string (required)
	})
	snap.Match("create-vpc-link", out)
}
