package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessGroupPolicy is the parity test of EC2 ModifyVerifiedAccessGroupPolicy.
// ModifyVerifiedAccessGroupPolicy: Modifies the specified Amazon Web Services Verified Access group policy.
func TestModifyVerifiedAccessGroupPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyVerifiedAccessGroupPolicy(t.Context(), &ec2.ModifyVerifiedAccessGroupPolicyInput{
		// VerifiedAccessGroupId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-group-policy", out)
}
