package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpcEndpointServicePayerResponsibility is the parity test of EC2 ModifyVpcEndpointServicePayerResponsibility.
// ModifyVpcEndpointServicePayerResponsibility: Modifies the payer responsibility for your VPC endpoint service.
func TestModifyVpcEndpointServicePayerResponsibility(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyVpcEndpointServicePayerResponsibility(t.Context(), &ec2.ModifyVpcEndpointServicePayerResponsibilityInput{
		// ServiceId: *string (required)
		// PayerResponsibility: types.PayerResponsibility (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpc-endpoint-service-payer-responsibility", out)
}
