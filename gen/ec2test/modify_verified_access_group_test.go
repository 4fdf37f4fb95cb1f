package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessGroup is the parity test of EC2 ModifyVerifiedAccessGroup.
// ModifyVerifiedAccessGroup: Modifies the specified Amazon Web Services Verified Access group configuration.
func TestModifyVerifiedAccessGroup(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	verifiedAccessInstance := ec2test.CreateVerifiedAccessInstance(t, client)
	out, err := client.ModifyVerifiedAccessGroup(t.Context(), &ec2.ModifyVerifiedAccessGroupInput{
		// VerifiedAccessGroupId: *string (required)
		VerifiedAccessInstanceId: verifiedAccessInstance.VerifiedAccessInstance.VerifiedAccessInstanceId,
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-group", out)
}
