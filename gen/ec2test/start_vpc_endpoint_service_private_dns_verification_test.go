package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestStartVpcEndpointServicePrivateDnsVerification is the parity test of EC2 StartVpcEndpointServicePrivateDnsVerification.
// StartVpcEndpointServicePrivateDnsVerification: Initiates the verification process to prove that the service provider owns the private DNS name domain for the endpoint service.
func TestStartVpcEndpointServicePrivateDnsVerification(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.StartVpcEndpointServicePrivateDnsVerification(t.Context(), &ec2.StartVpcEndpointServicePrivateDnsVerificationInput{
		// ServiceId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("start-vpc-endpoint-service-private-dns-verification", out)
}
