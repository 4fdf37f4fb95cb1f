package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVpcTenancy is the parity test of EC2 ModifyVpcTenancy.
// ModifyVpcTenancy: Modifies the instance tenancy attribute of the specified VPC.
func TestModifyVpcTenancy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.ModifyVpcTenancy(t.Context(), &ec2.ModifyVpcTenancyInput{
		VpcId: vpc.Vpc.VpcId,
		// InstanceTenancy: types.VpcTenancy (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-vpc-tenancy", out)
}
