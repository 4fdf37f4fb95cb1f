package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateInternetGateway is the parity test of EC2 CreateInternetGateway.
// CreateInternetGateway: Creates an internet gateway for use with a VPC.
func TestCreateInternetGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateInternetGateway calls CreateInternetGateway with the input below and deletes the InternetGateway when the test ends.
	out := ec2test.CreateInternetGateway(t, client, func(in *ec2.CreateInternetGatewayInput) {
	})
	snap.Match("create-internet-gateway", out)
}
