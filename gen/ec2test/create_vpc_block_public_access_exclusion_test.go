package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
)

// TestCreateVpcBlockPublicAccessExclusion is the parity test of EC2 CreateVpcBlockPublicAccessExclusion.
// CreateVpcBlockPublicAccessExclusion: Create a VPC Block Public Access (BPA) exclusion.
func TestCreateVpcBlockPublicAccessExclusion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	// ec2test.CreateVpcBlockPublicAccessExclusion calls CreateVpcBlockPublicAccessExclusion with the input below and deletes the VpcBlockPublicAccessExclusion when the test ends.
	out := ec2test.CreateVpcBlockPublicAccessExclusion(t, client, func(in *ec2.CreateVpcBlockPublicAccessExclusionInput) {
		// in.InternetGatewayExclusionMode = types.InternetGatewayExclusionMode (required)
	})
	snap.Match("create-vpc-block-public-access-exclusion", out)
}
