package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateTransitGatewayMeteringPolicyEntry is the parity test of EC2 CreateTransitGatewayMeteringPolicyEntry.
// CreateTransitGatewayMeteringPolicyEntry: Creates an entry in a transit gateway metering policy to define traffic measurement rules.
func TestCreateTransitGatewayMeteringPolicyEntry(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.CreateTransitGatewayMeteringPolicyEntry(t.Context(), &ec2.CreateTransitGatewayMeteringPolicyEntryInput{
		// TransitGatewayMeteringPolicyId: *string (required)
		// PolicyRuleNumber: *int32 (required)
		// MeteredAccount: types.TransitGatewayMeteringPayerType (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-transit-gateway-metering-policy-entry", out)
}
