package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestExportTransitGatewayRoutes is the parity test of EC2 ExportTransitGatewayRoutes.
// ExportTransitGatewayRoutes: Exports routes from the specified transit gateway route table to the specified S3 bucket.
func TestExportTransitGatewayRoutes(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ExportTransitGatewayRoutes(t.Context(), &ec2.ExportTransitGatewayRoutesInput{
		// TransitGatewayRouteTableId: *string (required)
		// S3Bucket: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("export-transit-gateway-routes", out)
}
