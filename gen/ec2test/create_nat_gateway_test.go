package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateNatGateway is the parity test of EC2 CreateNatGateway.
// CreateNatGateway: Creates a NAT gateway in the specified subnet.
func TestCreateNatGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateNatGateway calls CreateNatGateway with the input below and deletes the NatGateway when the test ends.
	out := ec2test.CreateNatGateway(t, client, func(in *ec2.CreateNatGatewayInput) {
	})
	snap.Match("create-nat-gateway", out)
}
