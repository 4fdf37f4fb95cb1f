package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteCustomerGateway is the parity test of EC2 DeleteCustomerGateway.
// DeleteCustomerGateway: Deletes the specified customer gateway.
func TestDeleteCustomerGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	customerGateway := ec2test.CreateCustomerGateway(t, client)
	out, err := client.DeleteCustomerGateway(t.Context(), &ec2.DeleteCustomerGatewayInput{
		CustomerGatewayId: customerGateway.CustomerGateway.CustomerGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-customer-gateway", out)
}
