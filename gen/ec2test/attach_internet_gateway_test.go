package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAttachInternetGateway is the parity test of EC2 AttachInternetGateway.
// AttachInternetGateway: Attaches an internet gateway or a virtual private gateway to a VPC, enabling connectivity between the internet and the VPC.
func TestAttachInternetGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	internetGateway := ec2test.CreateInternetGateway(t, client)
	out, err := client.AttachInternetGateway(t.Context(), &ec2.AttachInternetGatewayInput{
		InternetGatewayId: internetGateway.InternetGateway.InternetGatewayId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("attach-internet-gateway", out)
}
