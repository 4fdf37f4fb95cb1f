package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetSecurityGroupsForVpc is the parity test of EC2 GetSecurityGroupsForVpc.
// GetSecurityGroupsForVpc: Gets security groups that can be associated by the Amazon Web Services account making the request with network interfaces in the specified VPC.
func TestGetSecurityGroupsForVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.GetSecurityGroupsForVpc(t.Context(), &ec2.GetSecurityGroupsForVpcInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-security-groups-for-vpc", out)
}
