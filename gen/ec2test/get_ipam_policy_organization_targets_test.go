package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestGetIpamPolicyOrganizationTargets is the parity test of EC2 GetIpamPolicyOrganizationTargets.
// GetIpamPolicyOrganizationTargets: Gets the Amazon Web Services Organizations targets for an IPAM policy.
func TestGetIpamPolicyOrganizationTargets(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.GetIpamPolicyOrganizationTargets(t.Context(), &ec2.GetIpamPolicyOrganizationTargetsInput{
		// IpamPolicyId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("get-ipam-policy-organization-targets", out)
}
