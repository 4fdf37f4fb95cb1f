package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTransitGatewayPolicyTableEntries is the parity test of EC2 GetTransitGatewayPolicyTableEntries.
// GetTransitGatewayPolicyTableEntries: Returns a list of transit gateway policy table entries.
func TestGetTransitGatewayPolicyTableEntries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetTransitGatewayPolicyTableEntries(t.Context(), &ec2.GetTransitGatewayPolicyTableEntriesInput{
		// TransitGatewayPolicyTableId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-transit-gateway-policy-table-entries", out)
}
