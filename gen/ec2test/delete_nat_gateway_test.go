package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteNatGateway is the parity test of EC2 DeleteNatGateway.
// DeleteNatGateway: Deletes the specified NAT gateway.
func TestDeleteNatGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	natGateway := ec2test.CreateNatGateway(t, client)
	out, err := client.DeleteNatGateway(t.Context(), &ec2.DeleteNatGatewayInput{
		NatGatewayId: natGateway.NatGateway.NatGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-nat-gateway", out)
}
