package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDeleteVpcBlockPublicAccessExclusion is the parity test of EC2 DeleteVpcBlockPublicAccessExclusion.
// DeleteVpcBlockPublicAccessExclusion: Delete a VPC Block Public Access (BPA) exclusion.
func TestDeleteVpcBlockPublicAccessExclusion(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpcBlockPublicAccessExclusion := ec2test.CreateVpcBlockPublicAccessExclusion(t, client)
	out, err := client.DeleteVpcBlockPublicAccessExclusion(t.Context(), &ec2.DeleteVpcBlockPublicAccessExclusionInput{
		ExclusionId: vpcBlockPublicAccessExclusion.VpcBlockPublicAccessExclusion.ExclusionId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("delete-vpc-block-public-access-exclusion", out)
}
