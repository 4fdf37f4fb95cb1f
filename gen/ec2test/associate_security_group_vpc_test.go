package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAssociateSecurityGroupVpc is the parity test of EC2 AssociateSecurityGroupVpc.
// AssociateSecurityGroupVpc: Associates a security group with another VPC in the same Region.
func TestAssociateSecurityGroupVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	securityGroup := ec2test.CreateSecurityGroup(t, client)
	out, err := client.AssociateSecurityGroupVpc(t.Context(), &ec2.AssociateSecurityGroupVpcInput{
		GroupId: securityGroup.GroupId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("associate-security-group-vpc", out)
}
