package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateCustomerGateway is the parity test of EC2 CreateCustomerGateway.
// CreateCustomerGateway: Provides information to Amazon Web Services about your customer gateway device.
func TestCreateCustomerGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateCustomerGateway calls CreateCustomerGateway with the input below and deletes the CustomerGateway when the test ends.
	out := ec2test.CreateCustomerGateway(t, client, func(in *ec2.CreateCustomerGatewayInput) {
		// in.Type = types.GatewayType (required)
	})
	snap.Match("create-customer-gateway", out)
}
