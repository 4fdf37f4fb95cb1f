package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestDisassociateSecurityGroupVpc is the parity test of EC2 DisassociateSecurityGroupVpc.
// DisassociateSecurityGroupVpc: Disassociates a security group from a VPC.
func TestDisassociateSecurityGroupVpc(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	securityGroup := ec2test.CreateSecurityGroup(t, client)
	out, err := client.DisassociateSecurityGroupVpc(t.Context(), &ec2.DisassociateSecurityGroupVpcInput{
		GroupId: securityGroup.GroupId,
		// VpcId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("disassociate-security-group-vpc", out)
}
