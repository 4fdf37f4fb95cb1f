package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateTransitGatewayPolicyTable is the parity test of EC2 DisassociateTransitGatewayPolicyTable.
// DisassociateTransitGatewayPolicyTable: Removes the association between an an attachment and a policy table.
func TestDisassociateTransitGatewayPolicyTable(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	transitGatewayConnect := ec2test.CreateTransitGatewayConnect(t, client)
	out, err := client.DisassociateTransitGatewayPolicyTable(t.Context(), &ec2.DisassociateTransitGatewayPolicyTableInput{
		// TransitGatewayPolicyTableId: *string (required)
		TransitGatewayAttachmentId: transitGatewayConnect.TransitGatewayConnect.TransitGatewayAttachmentId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-transit-gateway-policy-table", out)
}
