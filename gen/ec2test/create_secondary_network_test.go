package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateSecondaryNetwork is the parity test of EC2 CreateSecondaryNetwork.
// CreateSecondaryNetwork: Creates a secondary network.
func TestCreateSecondaryNetwork(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateSecondaryNetwork calls CreateSecondaryNetwork with the input below and deletes the SecondaryNetwork when the test ends.
	out := ec2test.CreateSecondaryNetwork(t, client, func(in *ec2.CreateSecondaryNetworkInput) {
		// in.Ipv4CidrBlock = *string (required)
		// in.NetworkType = types.SecondaryNetworkType (required)
	})
	snap.Match("create-secondary-network", out)
}
