package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDescribeStaleSecurityGroups is the parity test of EC2 DescribeStaleSecurityGroups.
// DescribeStaleSecurityGroups: Describes the stale security group rules for security groups referenced across a VPC peering connection, transit gateway connection, or with a security group VPC association.
func TestDescribeStaleSecurityGroups(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	vpc := ec2test.CreateVpc(t, client)
	out, err := client.DescribeStaleSecurityGroups(t.Context(), &ec2.DescribeStaleSecurityGroupsInput{
		VpcId: vpc.Vpc.VpcId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("describe-stale-security-groups", out)
}
