package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestUpdateSecurityGroupRuleDescriptionsEgress is the parity test of EC2 UpdateSecurityGroupRuleDescriptionsEgress.
// UpdateSecurityGroupRuleDescriptionsEgress: Updates the description of an egress (outbound) security group rule.
func TestUpdateSecurityGroupRuleDescriptionsEgress(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	securityGroup := ec2test.CreateSecurityGroup(t, client)
	out, err := client.UpdateSecurityGroupRuleDescriptionsEgress(t.Context(), &ec2.UpdateSecurityGroupRuleDescriptionsEgressInput{
		GroupId: securityGroup.GroupId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("update-security-group-rule-descriptions-egress", out)
}
