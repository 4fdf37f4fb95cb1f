package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateRouteServer is the parity test of EC2 CreateRouteServer.
// CreateRouteServer: Creates a new route server to manage dynamic routing in a VPC.
func TestCreateRouteServer(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateRouteServer calls CreateRouteServer with the input below and deletes the RouteServer when the test ends.
	out := ec2test.CreateRouteServer(t, client, func(in *ec2.CreateRouteServerInput) {
		// in.AmazonSideAsn = *int64 (required)
	})
	snap.Match("create-route-server", out)
}
