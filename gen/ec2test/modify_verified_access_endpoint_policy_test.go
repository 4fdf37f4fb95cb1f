package ec2test_test

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/awsparity/awsparity/gen/ec2test"
	"github.com/awsparity/awsparity/runtime/snapshot"
	"github.com/awsparity/awsparity/runtime/stub"
)

// TestModifyVerifiedAccessEndpointPolicy is the parity test of EC2 ModifyVerifiedAccessEndpointPolicy.
// ModifyVerifiedAccessEndpointPolicy: Modifies the specified Amazon Web Services Verified Access endpoint policy.
func TestModifyVerifiedAccessEndpointPolicy(t *testing.T) {
	t.Skip("awsparity:not-implemented: fill in the input, then delete this line")
	snap := snapshot.New(t, snapshot.WithTransformers(ec2test.Transformers()...))
	client := newClient(t)
	out, err := client.ModifyVerifiedAccessEndpointPolicy(t.Context(), &ec2.ModifyVerifiedAccessEndpointPolicyInput{
		// VerifiedAccessEndpointId: *string (required)
	})
	stub.SkipIfNotImplemented(t, err)
	if err != nil {
		t.Fatal(err)
	}
	snap.Match("modify-verified-access-endpoint-policy", out)
}
