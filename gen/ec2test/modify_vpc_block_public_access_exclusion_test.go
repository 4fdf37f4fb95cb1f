package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpcBlockPublicAccessExclusion is the parity test of EC2 ModifyVpcBlockPublicAccessExclusion.
// ModifyVpcBlockPublicAccessExclusion: Modify VPC Block Public Access (BPA) exclusions.
func TestModifyVpcBlockPublicAccessExclusion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpcBlockPublicAccessExclusion := ec2test.CreateVpcBlockPublicAccessExclusion(t, client)
	out, err := client.ModifyVpcBlockPublicAccessExclusion(t.Context(), &ec2.ModifyVpcBlockPublicAccessExclusionInput{
		ExclusionId: vpcBlockPublicAccessExclusion.VpcBlockPublicAccessExclusion.ExclusionId,
		// InternetGatewayExclusionMode: types.InternetGatewayExclusionMode (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpc-block-public-access-exclusion", out)
}
