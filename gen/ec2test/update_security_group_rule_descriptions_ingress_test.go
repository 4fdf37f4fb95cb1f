package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateSecurityGroupRuleDescriptionsIngress is the parity test of EC2 UpdateSecurityGroupRuleDescriptionsIngress.
// UpdateSecurityGroupRuleDescriptionsIngress: Updates the description of an ingress (inbound) security group rule.
func TestUpdateSecurityGroupRuleDescriptionsIngress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	securityGroup := ec2test.CreateSecurityGroup(t, client)
	out, err := client.UpdateSecurityGroupRuleDescriptionsIngress(t.Context(), &ec2.UpdateSecurityGroupRuleDescriptionsIngressInput{
		GroupId: securityGroup.GroupId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-security-group-rule-descriptions-ingress", out)
}
