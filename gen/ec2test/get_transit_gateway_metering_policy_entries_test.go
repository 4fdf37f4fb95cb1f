package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetTransitGatewayMeteringPolicyEntries is the parity test of EC2 GetTransitGatewayMeteringPolicyEntries.
// GetTransitGatewayMeteringPolicyEntries: Retrieves the entries for a transit gateway metering policy.
func TestGetTransitGatewayMeteringPolicyEntries(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetTransitGatewayMeteringPolicyEntries(t.Context(), &ec2.GetTransitGatewayMeteringPolicyEntriesInput{
		// TransitGatewayMeteringPolicyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-transit-gateway-metering-policy-entries", out)
}
