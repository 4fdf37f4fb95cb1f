package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayPolicyTable is the parity test of EC2 CreateTransitGatewayPolicyTable.
// CreateTransitGatewayPolicyTable: Creates a transit gateway policy table.
func TestCreateTransitGatewayPolicyTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGateway := ec2test.CreateTransitGateway(t, client)
	out, err := client.CreateTransitGatewayPolicyTable(t.Context(), &ec2.CreateTransitGatewayPolicyTableInput{
		TransitGatewayId: transitGateway.TransitGateway.TransitGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-policy-table", out)
}
