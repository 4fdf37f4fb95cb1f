package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestAuthorizeSecurityGroupEgress is the parity test of EC2 AuthorizeSecurityGroupEgress.
// AuthorizeSecurityGroupEgress: Adds the specified outbound (egress) rules to a security group.
func TestAuthorizeSecurityGroupEgress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	securityGroup := ec2test.CreateSecurityGroup(t, client)
	out, err := client.AuthorizeSecurityGroupEgress(t.Context(), &ec2.AuthorizeSecurityGroupEgressInput{
		GroupId: securityGroup.GroupId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("authorize-security-group-egress", out)
}
