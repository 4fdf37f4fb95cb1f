package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestCreateSecondarySubnet is the parity test of EC2 CreateSecondarySubnet.
// CreateSecondarySubnet: Creates a secondary subnet in a secondary network.
func TestCreateSecondarySubnet(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	secondaryNetwork := ec2test.CreateSecondaryNetwork(t, client)
	out, err := client.CreateSecondarySubnet(t.Context(), &ec2.CreateSecondarySubnetInput{
		// Ipv4CidrBlock: *string (required)
		SecondaryNetworkId: secondaryNetwork.SecondaryNetwork.SecondaryNetworkId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("create-secondary-subnet", out)
}
