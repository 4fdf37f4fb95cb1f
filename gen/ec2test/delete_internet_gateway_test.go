package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteInternetGateway is the parity test of EC2 DeleteInternetGateway.
// DeleteInternetGateway: Deletes the specified internet gateway.
func TestDeleteInternetGateway(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	internetGateway := ec2test.CreateInternetGateway(t, client)
	out, err := client.DeleteInternetGateway(t.Context(), &ec2.DeleteInternetGatewayInput{
		InternetGatewayId: internetGateway.InternetGateway.InternetGatewayId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-internet-gateway", out)
}
