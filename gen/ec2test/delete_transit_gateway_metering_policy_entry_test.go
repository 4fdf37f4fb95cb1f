package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteTransitGatewayMeteringPolicyEntry is the parity test of EC2 DeleteTransitGatewayMeteringPolicyEntry.
// DeleteTransitGatewayMeteringPolicyEntry: Deletes an entry from a transit gateway metering policy.
func TestDeleteTransitGatewayMeteringPolicyEntry(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.DeleteTransitGatewayMeteringPolicyEntry(t.Context(), &ec2.DeleteTransitGatewayMeteringPolicyEntryInput{
		// TransitGatewayMeteringPolicyId: *string (required)
		// PolicyRuleNumber: *int32 (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-transit-gateway-metering-policy-entry", out)
}
